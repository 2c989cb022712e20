using AdFlux.Ads.Accounts;
using AdFlux.Ads.Data;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Platforms;
using AdFlux.Contracts.Ads;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Publishing;

/// <summary>
/// Runs one leased publication: budget → campaign → ad sets → creatives → ads, skipping every
/// object whose platform id is already stored and storing each new id before the next call, then
/// activates the campaign. A transient platform failure (or a crash) schedules another attempt
/// that resumes from the stored ids; a permanent one undoes what was created and records the step
/// and the platform's code, with <see cref="CampaignPublishFailed"/> in the same transaction.
/// </summary>
public sealed class CampaignPublisher(
    AdsDbContext db, AdPlatformRegistry platforms, AccountCredentials credentials, IEnumerable<IPublishStepObserver> observers,
    IOptions<PublishOptions> options, TimeProvider clock, ILogger<CampaignPublisher> logger)
{
    public async Task RunAsync(Guid campaignId, string owner, int attempt, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.Include(c => c.AdSets).ThenInclude(s => s.Ads).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == campaignId && c.Status == CampaignStatus.Publishing && c.LeaseOwner == owner, cancellationToken);
        if (campaign is null)
        {
            return;
        }
        var step = PublishStep.Campaign;
        IAdPlatform? platform = null;
        AccountAccess? access = null;
        try
        {
            platform = platforms.For(campaign.Platform);
            var account = await db.Accounts.FirstOrDefaultAsync(a => a.ClientProfileId == campaign.ClientProfileId && a.Platform == campaign.Platform, cancellationToken)
                ?? throw new PlatformException(campaign.Platform, 400, "no_account", "The client profile has no ad account on this platform.", transient: false);
            access = new AccountAccess(account, credentials.Open(account));
            var adSets = campaign.AdSets.OrderBy(s => s.CreatedAt).ToList();
            if (platform.Steps.Contains(PublishStep.Budget) && campaign.ExternalBudgetId is null)
            {
                step = PublishStep.Budget;
                campaign.ExternalBudgetId = await platform.CreateBudgetAsync(access, campaign, cancellationToken);
                await StoredAsync(campaign, step, cancellationToken);
            }
            step = PublishStep.Campaign;
            if (campaign.ExternalCampaignId is null)
            {
                campaign.ExternalCampaignId = await platform.CreateCampaignAsync(access, campaign, cancellationToken);
                await StoredAsync(campaign, step, cancellationToken);
            }
            step = PublishStep.AdSet;
            foreach (var adSet in adSets.Where(s => s.ExternalId is null))
            {
                adSet.ExternalId = await platform.CreateAdSetAsync(access, campaign, adSet, cancellationToken);
                await StoredAsync(campaign, step, cancellationToken);
            }
            if (platform.Steps.Contains(PublishStep.Creative))
            {
                step = PublishStep.Creative;
                foreach (var ad in adSets.SelectMany(s => s.Ads.OrderBy(a => a.CreatedAt)).Where(a => a.ExternalCreativeId is null))
                {
                    ad.ExternalCreativeId = await platform.CreateCreativeAsync(access, campaign, ad, cancellationToken);
                    await StoredAsync(campaign, step, cancellationToken);
                }
            }
            step = PublishStep.Ad;
            foreach (var adSet in adSets)
            {
                foreach (var ad in adSet.Ads.OrderBy(a => a.CreatedAt).Where(a => a.ExternalAdId is null))
                {
                    ad.ExternalAdId = await platform.CreateAdAsync(access, campaign, adSet, ad, cancellationToken);
                    await StoredAsync(campaign, step, cancellationToken);
                }
            }
            await platform.SetActiveAsync(access, campaign, active: true, cancellationToken);
            var now = clock.GetUtcNow();
            campaign.Status = CampaignStatus.Active;
            Release(campaign, next: null);
            campaign.LastError = null;
            campaign.UpdatedAt = now;
            if (!await db.MetricSyncs.AnyAsync(m => m.CampaignId == campaign.Id, CancellationToken.None))
            {
                db.MetricSyncs.Add(new MetricSync { CampaignId = campaign.Id, TenantId = campaign.TenantId, NextRunAt = now });
            }
            db.AddEvent(new CampaignPublished(Guid.NewGuid(), campaign.TenantId, now, campaign.Id, campaign.ClientProfileId, campaign.Platform,
                campaign.ExternalCampaignId!, adSets.Sum(s => s.Ads.Count)), clock);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogInformation("Published campaign {CampaignId} on {Platform} as {ExternalId}", campaign.Id, campaign.Platform, campaign.ExternalCampaignId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: hand the publication back at once; the stored ids make the next run a resumption.
            Release(campaign, clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (PlatformException error) when (!error.Transient || attempt >= options.Value.MaxAttempts)
        {
            logger.LogWarning("Publishing campaign {CampaignId} failed at {Step}: {Platform} {Code} {Message}",
                campaign.Id, step, error.Platform, error.Code, error.PlatformMessage);
            await FailAsync(campaign, platform, access, step, error.Code, error.PlatformMessage);
        }
        catch (Exception error) when (attempt >= options.Value.MaxAttempts)
        {
            logger.LogError(error, "Publishing campaign {CampaignId} gave up after {Attempts} attempts at {Step}", campaign.Id, attempt, step);
            await FailAsync(campaign, platform, access, step, (error as PlatformException)?.Code, error.Message);
        }
        catch (Exception error)
        {
            var delay = (error as PlatformException)?.RetryAfter ?? options.Value.RetryDelay * Math.Pow(2, attempt - 1);
            logger.LogWarning("Publishing campaign {CampaignId} stopped at {Step} (attempt {Attempt}): {Error}; resuming in {Delay}",
                campaign.Id, step, attempt, error.Message, delay);
            campaign.LastError = Truncate(error.Message);
            Release(campaign, clock.GetUtcNow() + delay);
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    private async Task StoredAsync(Campaign campaign, PublishStep step, CancellationToken cancellationToken)
    {
        campaign.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
        foreach (var observer in observers)
        {
            await observer.StoredAsync(campaign, step, cancellationToken);
        }
    }

    private async Task FailAsync(Campaign campaign, IAdPlatform? platform, AccountAccess? access, PublishStep step, string? code, string message)
    {
        var compensated = true;
        if (platform is not null && access is not null)
        {
            try
            {
                await platform.UndoAsync(access, campaign, CancellationToken.None);
                Forget(campaign);
            }
            catch (Exception undo)
            {
                compensated = false;
                logger.LogError(undo, "Undoing the failed publication of campaign {CampaignId} failed; its platform objects stay as stored", campaign.Id);
            }
        }
        var now = clock.GetUtcNow();
        campaign.Status = CampaignStatus.Failed;
        campaign.FailedStep = step;
        campaign.PlatformErrorCode = code;
        campaign.LastError = Truncate(message);
        campaign.Compensated = compensated;
        campaign.UpdatedAt = now;
        Release(campaign, next: null);
        db.AddEvent(new CampaignPublishFailed(Guid.NewGuid(), campaign.TenantId, now, campaign.Id, campaign.ClientProfileId, campaign.Platform,
            Api.Names.Of(step), code, campaign.LastError, compensated), clock);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>After a successful undo nothing stored exists on the platform: a later publication starts afresh.</summary>
    private static void Forget(Campaign campaign)
    {
        campaign.ExternalBudgetId = null;
        campaign.ExternalCampaignId = null;
        foreach (var adSet in campaign.AdSets)
        {
            adSet.ExternalId = null;
            foreach (var ad in adSet.Ads)
            {
                ad.ExternalCreativeId = null;
                ad.ExternalAdId = null;
            }
        }
    }

    private static void Release(Campaign campaign, DateTimeOffset? next)
    {
        campaign.LeaseOwner = null;
        campaign.LeaseExpiresAt = null;
        campaign.NextAttemptAt = next;
    }

    private static string Truncate(string text) => text.Length > 4000 ? text[..4000] : text;
}
