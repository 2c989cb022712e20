using AdFlux.Ads;
using AdFlux.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddAdsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
