using AdFlux.Ads.Domain;

namespace AdFlux.Ads.Platforms;

/// <summary>
/// One ad platform as the publisher sees it: the steps it has, a create per step returning the
/// platform's id, status and budget changes on a published campaign, and the undoing of a
/// half-made publication. Everything is created paused; <see cref="SetActiveAsync"/> starts delivery.
/// </summary>
public interface IAdPlatform
{
    string Name { get; }

    IReadOnlyList<PublishStep> Steps { get; }

    Task<string> CreateBudgetAsync(AccountAccess access, Campaign campaign, CancellationToken cancellationToken);

    Task<string> CreateCampaignAsync(AccountAccess access, Campaign campaign, CancellationToken cancellationToken);

    Task<string> CreateAdSetAsync(AccountAccess access, Campaign campaign, AdSet adSet, CancellationToken cancellationToken);

    Task<string> CreateCreativeAsync(AccountAccess access, Campaign campaign, Ad ad, CancellationToken cancellationToken);

    Task<string> CreateAdAsync(AccountAccess access, Campaign campaign, AdSet adSet, Ad ad, CancellationToken cancellationToken);

    Task SetActiveAsync(AccountAccess access, Campaign campaign, bool active, CancellationToken cancellationToken);

    Task SetBudgetAsync(AccountAccess access, Campaign campaign, long budgetMinor, CancellationToken cancellationToken);

    /// <summary>The campaign's figures per day from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    Task<IReadOnlyList<PlatformDay>> GetDailyAsync(AccountAccess access, Campaign campaign, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Pauses, then deletes or removes, what a failed publication created (campaign first, so nothing delivers meanwhile).</summary>
    Task UndoAsync(AccountAccess access, Campaign campaign, CancellationToken cancellationToken);
}
