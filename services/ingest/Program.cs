using AdFlux.Ingest;
using AdFlux.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIngestServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
