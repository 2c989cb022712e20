namespace AdFlux.Insights.Api;

/// <summary>
/// One recommendation: a stable <see cref="Code"/>, the platform and metric it is about, a reason
/// composed from the <see cref="Evidence"/> numbers, and those numbers.
/// </summary>
public sealed record Recommendation(string Code, string? Platform, string? Metric, string Reason, IReadOnlyDictionary<string, double> Evidence);
