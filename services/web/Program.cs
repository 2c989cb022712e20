using AdFlux.ServiceDefaults;

namespace AdFlux.Web;

/// <summary>Entry point; a named class (not top-level statements) so tests can host several services at once.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddWebServices();
        var app = builder.Build();
        app.UseWebEdge();
        app.MapDefaultEndpoints();
        app.MapWebApp();
        app.Run();
    }
}
