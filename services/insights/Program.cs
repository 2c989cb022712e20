using AdFlux.Insights;
using AdFlux.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddInsightsServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
