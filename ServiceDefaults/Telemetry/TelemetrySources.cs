namespace AdFlux.ServiceDefaults.Telemetry;

/// <summary>
/// What the instrumentation packages do not cover: libraries that emit their own activities
/// and meters (Npgsql, MassTransit, YARP) and AdFlux's own source.
/// </summary>
public static class TelemetrySources
{
    public const string AdFlux = "AdFlux";

    public static readonly string[] ActivitySources = ["MassTransit", "Npgsql", "Yarp.ReverseProxy", AdFlux];

    public static readonly string[] Meters = ["MassTransit", "Npgsql", AdFlux];
}
