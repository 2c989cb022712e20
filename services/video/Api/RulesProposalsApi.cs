using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Video.Api;

/// <summary>The rules proposals made from published clips' metrics (what performed best per platform).</summary>
public static class RulesProposalsApi
{
    public static IEndpointRouteBuilder MapRulesProposalsApi(this IEndpointRouteBuilder app)
    {
        var proposals = app.MapGroup("/api/video/rules/proposals").WithTags("Rules").RequireAuthorization();
        proposals.MapGet("", LatestAsync).WithName("ListRulesProposals")
            .WithSummary("The latest rules proposal per platform (or for one platform), from the published clips' views per hour");
        proposals.MapGet("/{id:guid}", GetAsync).WithName("GetRulesProposal").WithSummary("One rules proposal with its full rankings");
        return app;
    }

    public static async Task<Results<Ok<List<RulesProposalResponse>>, ValidationProblem>> LatestAsync(string? platform, [AsParameters] VideoRequest request)
    {
        if (platform is not null && !PublicationsApi.Platforms.Contains(platform))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["platform"] = [$"platform must be one of {string.Join(", ", PublicationsApi.Platforms)}."],
            });
        }
        var all = request.Db.RulesProposals.AsNoTracking();
        var latest = all.Where(p => !all.Any(q => q.Platform == p.Platform && q.CreatedAt > p.CreatedAt));
        if (platform is not null)
        {
            latest = latest.Where(p => p.Platform == platform);
        }
        var rows = await latest.OrderBy(p => p.Platform).ToListAsync(request.CancellationToken);
        return TypedResults.Ok(rows.Select(RulesProposalResponse.From).ToList());
    }

    public static async Task<Results<Ok<RulesProposalResponse>, NotFound>> GetAsync(Guid id, [AsParameters] VideoRequest request) =>
        await request.Db.RulesProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, request.CancellationToken) is { } proposal
            ? TypedResults.Ok(RulesProposalResponse.From(proposal))
            : TypedResults.NotFound();
}
