using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Publishing;

/// <summary>
/// Told after each platform id is stored (e.g. to trace progress). Whatever it throws stops the
/// publication there as if the worker had died, so the resumption path can be exercised.
/// </summary>
public interface IPublishStepObserver
{
    Task StoredAsync(Campaign campaign, PublishStep step, CancellationToken cancellationToken);
}
