namespace AdFlux.Insights.Analytics.Statistics;

/// <summary>The correlation of the leader on day d with the follower on day d + <see cref="Lag"/>, over <see cref="Pairs"/> days.</summary>
public sealed record LagCorrelation(int Lag, int Pairs, double? R);
