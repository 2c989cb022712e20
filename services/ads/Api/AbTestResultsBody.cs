namespace AdFlux.Ads.Api;

/// <summary>Counts per ad so far: trials (impressions for ctr, clicks for conversion_rate) and successes.</summary>
public sealed record AbTestResultsBody(IReadOnlyList<ArmCounts>? Arms);
