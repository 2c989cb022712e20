namespace AdFlux.Web.Dashboard;

public sealed record DailyValues(DateOnly Date, IReadOnlyDictionary<string, double> Values);
