using AdFlux.Identity;
using AdFlux.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
