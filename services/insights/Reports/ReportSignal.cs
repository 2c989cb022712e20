using AdFlux.ServiceDefaults.Data.Work;

namespace AdFlux.Insights.Reports;

/// <summary>Wakes <see cref="ReportScheduleWorker"/> when a run was asked for in this process.</summary>
public sealed class ReportSignal : WorkSignal;
