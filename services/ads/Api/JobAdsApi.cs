using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>Jobs of the caller's client profiles; a campaign naming one (jobAdId) is a job ad.</summary>
public static class JobAdsApi
{
    public static IEndpointRouteBuilder MapJobAdsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/jobs").WithTags("Jobs").RequireAuthorization();
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Admin)
            .WithName("CreateJob").WithSummary("Adds a job to a client profile (title, description, location, salary range in minor units, requirements, employment type)");
        group.MapGet("/", ListAsync)
            .WithName("ListJobs").WithSummary("The caller's jobs, optionally of one client profile, newest first");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetJob").WithSummary("One job");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.Admin)
            .WithName("UpdateJob").WithSummary("Edits a job");
        group.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.Admin)
            .WithName("DeleteJob").WithSummary("Deletes a job no campaign advertises");
        return app;
    }

    public static async Task<Results<Created<JobResponse>, ValidationProblem>> CreateAsync(
        JobBody body, ClientProfileOwnership profiles, [AsParameters] AdsRequest request)
    {
        var errors = JobValidation.Job(body, requireClientProfile: true);
        if (!errors.ContainsKey("clientProfileId") && !await profiles.BelongsToCallerAsync(body.ClientProfileId!.Value, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No such client profile in your tenant."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = request.Clock.GetUtcNow();
        var job = new JobAd
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.TenantId,
            ClientProfileId = body.ClientProfileId!.Value,
            Title = "",
            Description = "",
            Location = "",
            Currency = "",
            EmploymentType = "",
            CreatedAt = now,
        };
        Apply(job, body, now);
        request.Db.JobAds.Add(job);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/ads/jobs/{job.Id}", JobResponse.From(job));
    }

    public static async Task<Ok<IReadOnlyList<JobResponse>>> ListAsync(Guid? clientProfileId, [AsParameters] AdsRequest request)
    {
        var jobs = request.Db.JobAds.AsNoTracking();
        if (clientProfileId is { } profile)
        {
            jobs = jobs.Where(j => j.ClientProfileId == profile);
        }
        var rows = await jobs.OrderByDescending(j => j.CreatedAt).Take(500).ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<JobResponse>>([.. rows.Select(JobResponse.From)]);
    }

    public static async Task<Results<Ok<JobResponse>, NotFound>> GetAsync(Guid id, [AsParameters] AdsRequest request) =>
        await request.Db.JobAds.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, request.CancellationToken) is { } job
            ? TypedResults.Ok(JobResponse.From(job))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<JobResponse>, NotFound, ValidationProblem>> UpdateAsync(Guid id, JobBody body, [AsParameters] AdsRequest request)
    {
        var job = await request.Db.JobAds.FirstOrDefaultAsync(j => j.Id == id, request.CancellationToken);
        if (job is null)
        {
            return TypedResults.NotFound();
        }
        var errors = JobValidation.Job(body, requireClientProfile: false);
        if (body.ClientProfileId is { } profile && profile != job.ClientProfileId)
        {
            errors["clientProfileId"] = ["A job cannot move to another client profile."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        Apply(job, body, request.Clock.GetUtcNow());
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(JobResponse.From(job));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteAsync(Guid id, [AsParameters] AdsRequest request)
    {
        var job = await request.Db.JobAds.FirstOrDefaultAsync(j => j.Id == id, request.CancellationToken);
        if (job is null)
        {
            return TypedResults.NotFound();
        }
        if (await request.Db.Campaigns.AnyAsync(c => c.JobAdId == id, request.CancellationToken))
        {
            return AdsProblems.Conflict("Campaigns advertise this job; delete them or point them at another job first.");
        }
        request.Db.JobAds.Remove(job);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// A campaign's jobAdId names a job of its client profile, and its ad sets already leave the ages
    /// open as a job ad must (<see cref="EmploymentRules"/>).
    /// </summary>
    public static async Task CheckJobAsync(AdsRequest request, Guid? jobAdId, Guid? clientProfileId, IReadOnlyList<AdSet> adSets, Dictionary<string, string[]> errors)
    {
        if (jobAdId is not { } id)
        {
            return;
        }
        if (clientProfileId is not { } profile || !await request.Db.JobAds.AnyAsync(j => j.Id == id && j.ClientProfileId == profile, request.CancellationToken))
        {
            errors["jobAdId"] = ["No such job of the campaign's client profile."];
        }
        else if (adSets.Any(s => s.AgeMin != EmploymentRules.AgeMin || s.AgeMax != EmploymentRules.AgeMax))
        {
            errors["jobAdId"] = [$"A job ad targets every age from {EmploymentRules.AgeMin} to {EmploymentRules.AgeMax}+ (Meta's EMPLOYMENT category); widen the ad sets' ages first."];
        }
    }

    /// <summary>An ad set of a job ad may not narrow the ages: Meta's EMPLOYMENT category forbids age (and gender) targeting.</summary>
    public static void CheckEmploymentTargeting(Campaign campaign, AdSetBody body, Dictionary<string, string[]> errors)
    {
        if (campaign.JobAdId is null)
        {
            return;
        }
        if ((body.AgeMin ?? EmploymentRules.AgeMin) != EmploymentRules.AgeMin)
        {
            errors["ageMin"] = [$"A job ad cannot target by age: ageMin must be {EmploymentRules.AgeMin} (Meta's EMPLOYMENT special ad category)."];
        }
        if ((body.AgeMax ?? EmploymentRules.AgeMax) != EmploymentRules.AgeMax)
        {
            errors["ageMax"] = [$"A job ad cannot target by age: ageMax must be {EmploymentRules.AgeMax} (65 and over; Meta's EMPLOYMENT special ad category)."];
        }
    }

    private static void Apply(JobAd job, JobBody body, DateTimeOffset now)
    {
        job.Title = body.Title!.Trim();
        job.Description = body.Description!.Trim();
        job.Location = body.Location!.Trim();
        job.SalaryMinMinor = body.SalaryMinMinor!.Value;
        job.SalaryMaxMinor = body.SalaryMaxMinor!.Value;
        job.Currency = body.Currency!;
        job.Requirements = [.. (body.Requirements ?? []).Select(r => r.Trim())];
        job.EmploymentType = body.EmploymentType!;
        job.UpdatedAt = now;
    }
}
