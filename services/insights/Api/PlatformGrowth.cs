namespace AdFlux.Insights.Api;

/// <summary>The platform whose primary metric grew most against the previous period, among <see cref="Compared"/> platforms.</summary>
public sealed record PlatformGrowth(string Platform, string Metric, double ChangePercent, int Compared);
