using AdFlux.MlDetection;
using AdFlux.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddMlDetectionServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
