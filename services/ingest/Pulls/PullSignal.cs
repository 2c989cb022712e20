using AdFlux.ServiceDefaults.Data.Work;

namespace AdFlux.Ingest.Pulls;

/// <summary>Wakes this instance's pull worker when a schedule was made due here ("pull now", a replaced credential).</summary>
public sealed class PullSignal : WorkSignal;
