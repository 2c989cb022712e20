namespace AdFlux.Web.Dashboard;

public sealed record EntityTotal(string EntityType, string EntityId, Guid? ClientProfileId, string Metric, double Value);
