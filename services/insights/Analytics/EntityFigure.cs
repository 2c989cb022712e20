namespace AdFlux.Insights.Analytics;

/// <summary>One entity's metric over the period: the sum of a flow metric, or the latest value of a level.</summary>
public sealed record EntityFigure(Guid ClientProfileId, string Platform, string EntityType, string EntityId, string Metric, double Value);
