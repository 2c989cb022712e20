using AdFlux.ServiceDefaults.Data.Work;

namespace AdFlux.Video.Jobs;

/// <summary>Wakes the job workers when a job was queued in this process.</summary>
public sealed class JobSignal : WorkSignal;
