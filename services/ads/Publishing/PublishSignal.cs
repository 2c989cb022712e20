using AdFlux.ServiceDefaults.Data.Work;

namespace AdFlux.Ads.Publishing;

/// <summary>Wakes the publish worker when a publication was requested in this process.</summary>
public sealed class PublishSignal : WorkSignal;
