using AdFlux.Ads.AbTests;
using AdFlux.Ads.Domain;
using AdFlux.Contracts.Ads;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>A/B tests of a campaign's ads: planned from a minimum detectable effect, decided once the planned sample is in.</summary>
public static class AbTestsApi
{
    public static readonly IReadOnlyList<string> Metrics = ["ctr", "conversion_rate"];

    public static IEndpointRouteBuilder MapAbTestsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads").WithTags("A/B tests").RequireAuthorization();
        group.MapPost("/campaigns/{campaignId:guid}/ab-tests", CreateAsync).RequireAuthorization(Policies.Admin)
            .WithName("CreateAbTest").WithSummary("Plans an A/B test of a campaign's ads: the sample each arm needs");
        group.MapGet("/campaigns/{campaignId:guid}/ab-tests", ListAsync)
            .WithName("ListCampaignAbTests").WithSummary("A campaign's A/B tests, newest first, each with its plan and decision");
        group.MapGet("/ab-tests/{id:guid}", GetAsync)
            .WithName("GetAbTest").WithSummary("One A/B test, its plan and its decision");
        group.MapPost("/ab-tests/{id:guid}/results", EvaluateAsync).RequireAuthorization(Policies.Admin)
            .WithName("EvaluateAbTest").WithSummary("Reports counts per ad; concludes the test once every arm reached the planned sample");
        return app;
    }

    public static async Task<Results<Created<AbTestResponse>, NotFound, ValidationProblem>> CreateAsync(
        Guid campaignId, AbTestBody body, [AsParameters] AdsRequest request)
    {
        var campaign = await request.Db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, request.CancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }
        var adIds = await request.Db.Ads.Where(a => a.CampaignId == campaignId).Select(a => a.Id).ToListAsync(request.CancellationToken);
        var errors = Validate(body, adIds);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var alpha = body.Alpha ?? 0.05;
        var power = body.Power ?? 0.8;
        var test = new AbTest
        {
            Id = Guid.CreateVersion7(),
            TenantId = campaign.TenantId,
            ClientProfileId = campaign.ClientProfileId,
            CampaignId = campaign.Id,
            Metric = body.Metric!,
            ControlAdId = body.ControlAdId!.Value,
            VariantAdIds = [.. body.VariantAdIds!],
            BaselineRate = body.BaselineRate!.Value,
            MinimumDetectableEffect = body.MinimumDetectableEffect!.Value,
            Alpha = alpha,
            Power = power,
            // Each variant is tested at α / variants (see AbTestDecision), so the plan uses the same α.
            PlannedSamplePerArm = AbTestStatistics.SampleSizePerArm(body.BaselineRate.Value, body.MinimumDetectableEffect.Value, alpha / body.VariantAdIds!.Count, power),
            CreatedAt = request.Clock.GetUtcNow(),
        };
        request.Db.AbTests.Add(test);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/ads/ab-tests/{test.Id}", AbTestResponse.From(test));
    }

    public static async Task<Results<Ok<List<AbTestResponse>>, NotFound>> ListAsync(Guid campaignId, [AsParameters] AdsRequest request)
    {
        if (!await request.Db.Campaigns.AnyAsync(c => c.Id == campaignId, request.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        var tests = await request.Db.AbTests.AsNoTracking().Where(t => t.CampaignId == campaignId)
            .OrderByDescending(t => t.CreatedAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(tests.Select(AbTestResponse.From).ToList());
    }

    public static async Task<Results<Ok<AbTestResponse>, NotFound>> GetAsync(Guid id, [AsParameters] AdsRequest request)
    {
        var test = await request.Db.AbTests.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, request.CancellationToken);
        return test is null ? TypedResults.NotFound() : TypedResults.Ok(AbTestResponse.From(test));
    }

    public static async Task<Results<Ok<AbTestEvaluation>, NotFound, ValidationProblem>> EvaluateAsync(
        Guid id, AbTestResultsBody body, [AsParameters] AdsRequest request)
    {
        var test = await request.Db.AbTests.FirstOrDefaultAsync(t => t.Id == id, request.CancellationToken);
        if (test is null)
        {
            return TypedResults.NotFound();
        }
        var arms = body.Arms ?? [];
        var expected = test.VariantAdIds.Append(test.ControlAdId).ToHashSet();
        if (arms.Count != expected.Count || !arms.Select(a => a.AdId).ToHashSet().SetEquals(expected))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["arms"] = ["arms must give counts for the control ad and each variant ad, once each."] });
        }
        if (arms.Any(a => a.Trials < 0 || a.Successes < 0 || a.Successes > a.Trials))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["arms"] = ["Each arm needs 0 ≤ successes ≤ trials."] });
        }
        var needed = arms.ToDictionary(a => a.AdId, a => Math.Max(0, test.PlannedSamplePerArm - a.Trials));
        if (test.ConcludedAt is not null || needed.Values.Any(n => n > 0))
        {
            return TypedResults.Ok(new AbTestEvaluation(AbTestResponse.From(test), needed, null));
        }
        var control = arms.Single(a => a.AdId == test.ControlAdId);
        var outcomes = AbTestDecision.Compare(new Arm(control.Trials, control.Successes),
            [.. test.VariantAdIds.Select(v => arms.Single(a => a.AdId == v)).Select(a => (a.AdId, new Arm(a.Trials, a.Successes)))], test.Alpha);
        var winner = AbTestDecision.Winner(outcomes);
        // With no significant winner, report the variant that came closest, so the effect and interval still say how close.
        var reported = winner ?? outcomes.OrderByDescending(o => o.Test.Effect).First();
        var now = request.Clock.GetUtcNow();
        test.ConcludedAt = now;
        test.WinnerAdId = winner?.AdId;
        test.Effect = reported.Test.Effect;
        test.IntervalLow = reported.Test.IntervalLow;
        test.IntervalHigh = reported.Test.IntervalHigh;
        test.PValue = reported.Test.PValue;
        test.ProbabilityToBeatControl = reported.ProbabilityToBeatControl;
        request.Db.AddEvent(new AbTestConcluded(Guid.NewGuid(), test.TenantId, now, test.Id, test.CampaignId, test.ClientProfileId, test.Metric, test.WinnerAdId,
            reported.Test.Effect, reported.Test.IntervalLow, reported.Test.IntervalHigh, reported.Test.PValue, reported.ProbabilityToBeatControl), request.Clock);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(new AbTestEvaluation(AbTestResponse.From(test), needed, outcomes));
    }

    private static Dictionary<string, string[]> Validate(AbTestBody body, IReadOnlyList<Guid> campaignAds)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Metric is null || !Metrics.Contains(body.Metric))
        {
            errors["metric"] = ["metric must be ctr or conversion_rate."];
        }
        if (body.ControlAdId is not { } control || !campaignAds.Contains(control))
        {
            errors["controlAdId"] = ["controlAdId must be an ad of this campaign."];
        }
        if (body.VariantAdIds is not { Count: > 0 } variants || variants.Distinct().Count() != variants.Count
            || variants.Any(v => !campaignAds.Contains(v) || v == body.ControlAdId))
        {
            errors["variantAdIds"] = ["variantAdIds must list one or more other ads of this campaign, each once."];
        }
        if (body.BaselineRate is not (> 0 and < 1))
        {
            errors["baselineRate"] = ["baselineRate must lie strictly between 0 and 1."];
        }
        else if (body.MinimumDetectableEffect is not { } effect || effect == 0 || body.BaselineRate + effect is <= 0 or >= 1)
        {
            errors["minimumDetectableEffect"] = ["minimumDetectableEffect must be a non-zero absolute change keeping the rate between 0 and 1."];
        }
        if (body.Alpha is { } alpha && alpha is <= 0 or >= 0.5)
        {
            errors["alpha"] = ["alpha must lie between 0 and 0.5."];
        }
        if (body.Power is { } power && power is <= 0.5 or >= 1)
        {
            errors["power"] = ["power must lie between 0.5 and 1."];
        }
        return errors;
    }
}
