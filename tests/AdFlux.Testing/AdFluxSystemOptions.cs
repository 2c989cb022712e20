namespace AdFlux.Testing;

public sealed record AdFluxSystemOptions
{
    /// <summary>Passed as <c>--gateway-port</c>; 0 lets the AppHost pick any free port.</summary>
    public int GatewayPort { get; init; }

    /// <summary>How long start-up may take before the fixture gives up (generous: CI runs every test project at once on 2 cores).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(8);
}
