namespace AdFlux.Gateway.Health;

/// <summary>What an anonymous caller learns from the gateway's <c>/health</c>: the aggregate status, no service names.</summary>
public sealed record HealthSummary(string Status);
