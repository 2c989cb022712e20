using AdFlux.MlDetection.Api;
using AdFlux.ServiceDefaults;

namespace AdFlux.MlDetection;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddMlDetectionServices();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapMlApi();
        app.MapComplianceApi();
        app.Run();
    }
}
