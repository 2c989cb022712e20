namespace AdFlux.ServiceDefaults.Telemetry;

/// <summary>
/// The built-in ActivitySources and Meters we listen to. The OpenTelemetry instrumentation
/// packages are not served here, so we subscribe to what the frameworks emit themselves.
/// </summary>
public static class TelemetrySources
{
    public const string AdFlux = "AdFlux";

    public static readonly string[] ActivitySources =
        ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Npgsql", "Yarp.ReverseProxy", AdFlux];

    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Http.Connections",
        "System.Net.Http",
        "System.Runtime",
        "MassTransit",
        "Npgsql",
        AdFlux,
    ];
}
