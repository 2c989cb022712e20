using AdFlux.Video;
using AdFlux.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddVideoServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
