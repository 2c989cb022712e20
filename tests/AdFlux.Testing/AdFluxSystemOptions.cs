namespace AdFlux.Testing;

public sealed record AdFluxSystemOptions
{
    /// <summary>Passed as <c>--gateway-port</c>; 0 lets the AppHost pick any free port.</summary>
    public int GatewayPort { get; init; }

    /// <summary>How long start-up may take before the fixture gives up (the 60 s promise is asserted by tests, not here).</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(3);
}
