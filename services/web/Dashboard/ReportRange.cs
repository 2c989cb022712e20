namespace AdFlux.Web.Dashboard;

/// <summary>The client view's periods (seed 004 §4.1).</summary>
public enum ReportRange
{
    Last7Days,
    Last30Days,
    All,
}
