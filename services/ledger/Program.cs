using AdFlux.Ledger;
using AdFlux.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddLedgerServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
