namespace AdFlux.Ads.Api;

/// <summary>
/// A test of a campaign's ads: <c>metric</c> ctr or conversion_rate, the control ad and the variant ads,
/// the control's expected rate and the smallest absolute lift worth detecting; α and power default to 0.05 and 0.8.
/// </summary>
public sealed record AbTestBody(
    string? Metric,
    Guid? ControlAdId,
    IReadOnlyList<Guid>? VariantAdIds,
    double? BaselineRate,
    double? MinimumDetectableEffect,
    double? Alpha,
    double? Power);
