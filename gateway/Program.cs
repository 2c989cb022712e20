using AdFlux.ServiceDefaults;

namespace AdFlux.Gateway;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddGatewayServices();
        var app = builder.Build();
        app.UseGatewayEdge();
        app.MapDefaultEndpoints();
        app.MapGateway();
        app.Run();
    }
}
