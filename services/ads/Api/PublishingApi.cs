using AdFlux.Ads.Accounts;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Platforms;
using AdFlux.Ads.Publishing;
using AdFlux.Contracts.Ads;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>
/// A campaign's life on its platform: publish (queued, run by the publish worker), then pause,
/// resume, budget change and end, each applied on the platform before it is recorded.
/// </summary>
public static class PublishingApi
{
    public static IEndpointRouteBuilder MapPublishingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/campaigns/{id:guid}").WithTags("Publishing").RequireAuthorization(Policies.Admin);
        group.MapPost("/publish", PublishAsync)
            .WithName("PublishCampaign").WithSummary("Queues a draft (or failed) campaign for publication on its platform; follow its status");
        group.MapPost("/pause", PauseAsync)
            .WithName("PauseCampaign").WithSummary("Pauses an active campaign on its platform");
        group.MapPost("/resume", ResumeAsync)
            .WithName("ResumeCampaign").WithSummary("Resumes a paused campaign on its platform");
        group.MapPost("/end", EndAsync)
            .WithName("EndCampaign").WithSummary("Stops a published campaign for good (paused on the platform, completed here)");
        group.MapPut("/budget", ChangeBudgetAsync)
            .WithName("ChangeCampaignBudget").WithSummary("Changes the budget, on the platform too once published");
        return app;
    }

    public static async Task<Results<Accepted<CampaignResponse>, NotFound, ValidationProblem, ProblemHttpResult>> PublishAsync(
        Guid id, PublishSignal signal, [AsParameters] AdsRequest request)
    {
        var campaign = await CampaignsApi.LoadAsync(request, id, tracked: true);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }
        if (!campaign.IsDraft)
        {
            return AdsProblems.Conflict($"The campaign is {Names.Of(campaign.Status)}; only a draft or a failed publication is published.");
        }
        if (campaign.AdSets.Count == 0 || campaign.AdSets.Any(s => s.Ads.Count == 0))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["adSets"] = ["A campaign needs at least one ad set, and every ad set at least one ad."] });
        }
        if (!await request.Db.Accounts.AnyAsync(a => a.ClientProfileId == campaign.ClientProfileId && a.Platform == campaign.Platform, request.CancellationToken))
        {
            return AdsProblems.NoAccount(campaign.Platform);
        }
        var now = request.Clock.GetUtcNow();
        campaign.Status = CampaignStatus.Publishing;
        campaign.PublishAttempts = 0;
        campaign.NextAttemptAt = now;
        campaign.FailedStep = null;
        campaign.PlatformErrorCode = null;
        campaign.LastError = null;
        campaign.Compensated = null;
        campaign.UpdatedAt = now;
        await request.Db.SaveChangesAsync(request.CancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/ads/campaigns/{campaign.Id}", CampaignResponse.From(campaign, withChildren: true));
    }

    public static Task<Results<Ok<CampaignResponse>, NotFound, ProblemHttpResult>> PauseAsync(
        Guid id, [AsParameters] AdsRequest request, [AsParameters] PlatformCall platform) =>
        ChangeAsync(id, request, platform, [CampaignStatus.Active], CampaignStatus.Paused,
            (p, access, campaign, ct) => p.SetActiveAsync(access, campaign, active: false, ct));

    public static Task<Results<Ok<CampaignResponse>, NotFound, ProblemHttpResult>> ResumeAsync(
        Guid id, [AsParameters] AdsRequest request, [AsParameters] PlatformCall platform) =>
        ChangeAsync(id, request, platform, [CampaignStatus.Paused], CampaignStatus.Active,
            (p, access, campaign, ct) => p.SetActiveAsync(access, campaign, active: true, ct));

    public static Task<Results<Ok<CampaignResponse>, NotFound, ProblemHttpResult>> EndAsync(
        Guid id, [AsParameters] AdsRequest request, [AsParameters] PlatformCall platform) =>
        ChangeAsync(id, request, platform, [CampaignStatus.Active, CampaignStatus.Paused], CampaignStatus.Completed,
            (p, access, campaign, ct) => campaign.Status == CampaignStatus.Active ? p.SetActiveAsync(access, campaign, active: false, ct) : Task.CompletedTask);

    public static async Task<Results<Ok<CampaignResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeBudgetAsync(
        Guid id, BudgetBody body, [AsParameters] AdsRequest request, [AsParameters] PlatformCall platform)
    {
        var errors = AdsValidation.Budget(body.BudgetMinor);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var campaign = await CampaignsApi.LoadAsync(request, id, tracked: true);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }
        if (campaign.Status is CampaignStatus.Active or CampaignStatus.Paused)
        {
            if (await platform.RunAsync(request, campaign, (p, access, c, ct) => p.SetBudgetAsync(access, c, body.BudgetMinor!.Value, ct)) is { } refused)
            {
                return refused;
            }
        }
        else if (!campaign.IsDraft)
        {
            return AdsProblems.Conflict($"The campaign is {Names.Of(campaign.Status)}; its budget cannot change now.");
        }
        campaign.BudgetMinor = body.BudgetMinor!.Value;
        return TypedResults.Ok(await RecordAsync(request, campaign, campaign.Status));
    }

    private static async Task<Results<Ok<CampaignResponse>, NotFound, ProblemHttpResult>> ChangeAsync(
        Guid id, AdsRequest request, PlatformCall platform, CampaignStatus[] from, CampaignStatus to,
        Func<IAdPlatform, AccountAccess, Campaign, CancellationToken, Task> change)
    {
        var campaign = await CampaignsApi.LoadAsync(request, id, tracked: true);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }
        if (!from.Contains(campaign.Status))
        {
            return AdsProblems.Conflict($"The campaign is {Names.Of(campaign.Status)}; this needs it {string.Join(" or ", from.Select(Names.Of))}.");
        }
        if (await platform.RunAsync(request, campaign, change) is { } refused)
        {
            return refused;
        }
        return TypedResults.Ok(await RecordAsync(request, campaign, to));
    }

    private static async Task<CampaignResponse> RecordAsync(AdsRequest request, Campaign campaign, CampaignStatus status)
    {
        var now = request.Clock.GetUtcNow();
        campaign.Status = status;
        campaign.UpdatedAt = now;
        if (status is not CampaignStatus.Draft and not CampaignStatus.Failed)
        {
            request.Db.AddEvent(new CampaignStatusChanged(Guid.NewGuid(), campaign.TenantId, now, campaign.Id, campaign.ClientProfileId, campaign.Platform,
                Names.Of(status), campaign.BudgetMinor), request.Clock);
        }
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return CampaignResponse.From(campaign, withChildren: true);
    }
}
