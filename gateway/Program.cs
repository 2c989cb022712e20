using AdFlux.Gateway;
using AdFlux.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapReverseProxy();
app.Run();
