using AdFlux.Ads.Domain;
using AdFlux.Contracts.Ads;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>Campaign drafts of the caller's client profiles: create, list, read, edit and delete while still drafts.</summary>
public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/campaigns").WithTags("Campaigns").RequireAuthorization();
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin)
            .WithName("CreateCampaign").WithSummary("Drafts a campaign for a client profile on one platform");
        group.MapGet("/", ListAsync)
            .WithName("ListCampaigns").WithSummary("The caller's campaigns, newest first, optionally of one client profile or status");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetCampaign").WithSummary("One campaign with its ad sets and ads");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Admin)
            .WithName("UpdateCampaign").WithSummary("Edits a draft (or failed) campaign");
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Admin)
            .WithName("DeleteCampaign").WithSummary("Deletes a draft (or failed) campaign and its ad sets and ads");
        return app;
    }

    public static async Task<Results<Created<CampaignResponse>, ValidationProblem>> CreateAsync(
        CampaignBody body, ClientProfileOwnership profiles, [AsParameters] AdsRequest request)
    {
        var errors = AdsValidation.Campaign(body, requireClientProfile: true);
        if (errors.Count == 0 && !await profiles.BelongsToCallerAsync(body.ClientProfileId!.Value, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No such client profile in your tenant."];
        }
        await JobAdsApi.CheckJobAsync(request, body.JobAdId, body.ClientProfileId, [], errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = request.Clock.GetUtcNow();
        var campaign = new Campaign
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.TenantId,
            ClientProfileId = body.ClientProfileId!.Value,
            Name = body.Name!.Trim(),
            Objective = body.Objective!,
            Platform = body.Platform!,
            Currency = body.Currency!,
            Status = CampaignStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Apply(campaign, body);
        request.Db.Campaigns.Add(campaign);
        request.Db.AddEvent(new CampaignCreated(Guid.NewGuid(), campaign.TenantId, now, campaign.Id, campaign.ClientProfileId, campaign.Platform,
            campaign.Name, campaign.Objective, Names.Of(campaign.BudgetKind), campaign.BudgetMinor, campaign.Currency), request.Clock);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/ads/campaigns/{campaign.Id}", CampaignResponse.From(campaign, withChildren: true));
    }

    public static async Task<Results<Ok<IReadOnlyList<CampaignResponse>>, ValidationProblem>> ListAsync(
        Guid? clientProfileId, string? status, [AsParameters] AdsRequest request)
    {
        var campaigns = request.Db.Campaigns.AsNoTracking();
        if (status is not null)
        {
            if (!Names.TryParse<CampaignStatus>(status, out var wanted))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["status must be draft, publishing, active, paused, completed or failed."] });
            }
            campaigns = campaigns.Where(c => c.Status == wanted);
        }
        if (clientProfileId is { } profile)
        {
            campaigns = campaigns.Where(c => c.ClientProfileId == profile);
        }
        var rows = await campaigns.OrderByDescending(c => c.CreatedAt).Take(500).ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<CampaignResponse>>(rows.Select(c => CampaignResponse.From(c)).ToList());
    }

    public static async Task<Results<Ok<CampaignResponse>, NotFound>> GetAsync(Guid id, [AsParameters] AdsRequest request)
    {
        var campaign = await LoadAsync(request, id);
        return campaign is null ? TypedResults.NotFound() : TypedResults.Ok(CampaignResponse.From(campaign, withChildren: true));
    }

    public static async Task<Results<Ok<CampaignResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, CampaignBody body, [AsParameters] AdsRequest request)
    {
        var campaign = await LoadAsync(request, id, tracked: true);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }
        var errors = AdsValidation.Campaign(body, requireClientProfile: false);
        if (body.ClientProfileId is { } profile && profile != campaign.ClientProfileId)
        {
            errors["clientProfileId"] = ["A campaign cannot move to another client profile."];
        }
        if (body.Platform is not null && body.Platform != campaign.Platform && campaign.AdSets.Count > 0)
        {
            errors["platform"] = ["The platform cannot change once the campaign has ad sets."];
        }
        await JobAdsApi.CheckJobAsync(request, body.JobAdId, campaign.ClientProfileId, campaign.AdSets, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!campaign.IsDraft)
        {
            return AdsProblems.Conflict($"The campaign is {Names.Of(campaign.Status)}; only drafts are edited (use pause, resume, budget or end).");
        }
        campaign.Name = body.Name!.Trim();
        campaign.Objective = body.Objective!;
        campaign.Platform = body.Platform!;
        campaign.Currency = body.Currency!;
        Apply(campaign, body);
        campaign.UpdatedAt = request.Clock.GetUtcNow();
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(CampaignResponse.From(campaign, withChildren: true));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid id, [AsParameters] AdsRequest request)
    {
        var campaign = await request.Db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, request.CancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }
        if (!campaign.IsDraft || campaign.ExternalCampaignId is not null)
        {
            return AdsProblems.Conflict("Only a draft that is not on the platform is deleted; end a published campaign instead.");
        }
        request.Db.Campaigns.Remove(campaign);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The campaign with its ad sets and ads, as the caller may see it (tenant and client-profile filters apply).</summary>
    public static Task<Campaign?> LoadAsync(AdsRequest request, Guid id, bool tracked = false)
    {
        var query = request.Db.Campaigns.Include(c => c.AdSets).ThenInclude(s => s.Ads).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, request.CancellationToken);
    }

    private static void Apply(Campaign campaign, CampaignBody body)
    {
        Names.TryParse<BudgetKind>(body.BudgetKind, out var kind);
        campaign.BudgetKind = kind;
        campaign.BudgetMinor = body.BudgetMinor!.Value;
        campaign.StartsAt = body.StartsAt!.Value.ToUniversalTime();
        campaign.EndsAt = body.EndsAt?.ToUniversalTime();
        campaign.JobAdId = body.JobAdId;
    }
}
