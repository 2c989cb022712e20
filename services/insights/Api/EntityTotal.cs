namespace AdFlux.Insights.Api;

/// <summary>An entity's total of its platform's primary metric over the period; the client profile is null for tenant-wide figures.</summary>
public sealed record EntityTotal(string EntityType, string EntityId, Guid? ClientProfileId, string Metric, double Value);
