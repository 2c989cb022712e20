namespace AdFlux.Web.Dashboard;

public sealed record AnalyticsPeriod(DateOnly From, DateOnly To, int Days);
