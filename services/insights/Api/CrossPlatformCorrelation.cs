using AdFlux.Insights.Analytics.Statistics;

namespace AdFlux.Insights.Api;

/// <summary>
/// Pearson's r between the leader's daily totals and the follower's a number of days later
/// (<c>youtube:views</c> against <c>spotify:streams</c>), for each lag; the best lag has the highest r.
/// </summary>
public sealed record CrossPlatformCorrelation(string Leader, string Follower, IReadOnlyList<LagCorrelation> Lags, int? BestLag, double? BestR, int? BestPairs);
