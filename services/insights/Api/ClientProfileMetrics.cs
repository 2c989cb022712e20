namespace AdFlux.Insights.Api;

/// <summary>One client profile's flow totals and latest levels per platform (null id: figures no profile was named for).</summary>
public sealed record ClientProfileMetrics(Guid? ClientProfileId, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Platforms);
