using AdFlux.Ads.Creatives;
using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Studio.Copy;
using AdFlux.Ads.Studio.Requests;
using AdFlux.ServiceDefaults.AI;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// AI copy for a content request: its brief, platforms and brand (tone, tone rules, banned words)
/// go to the copy generator; each generation is kept with its provider, tokens and cost, newest first.
/// </summary>
public static class CopyApi
{
    public static IEndpointRouteBuilder MapStudioCopyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/studio/requests").WithTags("Studio").RequireAuthorization();
        group.MapPost("/{id:guid}/copy", GenerateAsync).RequireAuthorization(Policies.Admin)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithName("GenerateRequestCopy").WithSummary("Writes copy for a draft request's platforms within their limits, checked against the brand's banned words and tone rules; stores it with provider, tokens and cost");
        group.MapGet("/{id:guid}/copy", HistoryAsync)
            .WithName("ListRequestCopy").WithSummary("Every copy generated for a request, newest first, with provider, tokens and cost");
        return app;
    }

    public static async Task<Results<Created<CopyResponse>, NotFound, ValidationProblem, ProblemHttpResult>> GenerateAsync(
        Guid id, CopyRequestBody? body, CopyGenerator generator, [AsParameters] StudioRequest request)
    {
        var language = body?.Language ?? "en";
        if (!CreativesValidation.IsCulture(language))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["language"] = [$"Unknown language '{language}'; use a BCP 47 tag such as en or es-ES."],
            });
        }
        var content = await request.Db.ContentRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, request.CancellationToken);
        if (content is null)
        {
            return TypedResults.NotFound();
        }
        if (content.Status is not (RequestStatus.Draft or RequestStatus.Generating))
        {
            return StudioProblems.Conflict($"The request is {content.Status}; copy is written while it is a draft (or generating).");
        }
        var brand = await request.Db.BrandProfiles.AsNoTracking().FirstOrDefaultAsync(b => b.ClientProfileId == content.ClientProfileId, request.CancellationToken);
        var brief = new CopyBrief(CopyPlatforms.Of(content.Platforms), string.IsNullOrWhiteSpace(content.Brief) ? content.Title : $"{content.Title}. {content.Brief}",
            brand?.ToneOfVoice, brand?.BannedWords ?? [], language, brand?.ToneRules);
        CopyResult result;
        try
        {
            result = await generator.GenerateAsync(brief, request.CancellationToken);
        }
        catch (ChatProviderException failed)
        {
            return CopyProblems.From(failed);
        }
        var copy = new StudioCopy
        {
            Id = Guid.CreateVersion7(),
            TenantId = request.TenantId,
            ClientProfileId = content.ClientProfileId,
            ContentRequestId = content.Id,
            Language = language,
            Provider = result.Provider.Name,
            Model = result.Provider.Model,
            IsSandbox = result.Provider.IsSandbox,
            Platforms = [.. result.Platforms],
            Flagged = result.Platforms.Any(p => p.Flagged),
            InputTokens = result.Usage.InputTokens,
            OutputTokens = result.Usage.OutputTokens,
            Cost = result.Usage.Cost,
            Currency = result.Usage.Currency,
            CostNote = result.Usage.CostNote,
            RequestedBy = request.UserId ?? Guid.Empty,
            CreatedAt = request.Clock.GetUtcNow(),
        };
        request.Db.StudioCopies.Add(copy);
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Created($"/api/ads/studio/requests/{content.Id}/copy", CopyResponse.From(copy));
    }

    public static async Task<Results<Ok<IReadOnlyList<CopyResponse>>, NotFound>> HistoryAsync(Guid id, [AsParameters] StudioRequest request)
    {
        if (!await request.Db.ContentRequests.AnyAsync(r => r.Id == id, request.CancellationToken))
        {
            return TypedResults.NotFound();
        }
        var copies = await request.Db.StudioCopies.AsNoTracking().Where(c => c.ContentRequestId == id)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(200).ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<CopyResponse>>(copies.Select(CopyResponse.From).ToList());
    }
}
