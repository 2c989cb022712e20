namespace AdFlux.Gateway.Routing;

/// <summary>A service behind the gateway and the base address it was configured with.</summary>
public sealed record ConfiguredService(string Name, Uri Url);
