using AdFlux.Ads.Candidates;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Platforms;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>A candidate segment as a Meta custom audience: members' contacts sent hashed, never raw.</summary>
public static class AudiencesApi
{
    public static IEndpointRouteBuilder MapAudiencesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/candidates/segments/{id:guid}/audience").WithTags("Candidates").RequireAuthorization();
        group.MapPost("/", UploadAsync).RequireAuthorization(Policies.Admin)
            .WithName("UploadSegmentAudience").WithSummary(
                "Makes the segment a Meta custom audience on the client profile's Meta ad account: members' emails and phones normalised and SHA-256 hashed, "
                + "sent in batches of one session; a second call reuses the audience and does not send a finished upload again");
        group.MapGet("/", GetAsync)
            .WithName("GetSegmentAudience").WithSummary("The segment's custom audience: platform id, upload status and rows Meta received");
        return app;
    }

    public static async Task<Results<Ok<SegmentAudienceResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid id, AudienceBody? body, SegmentAudienceUploader uploader, [AsParameters] AdsRequest request)
    {
        var code = body?.PhoneCountryCode?.Trim().TrimStart('+');
        if (code is null || code.Length is < 1 or > 3 || !code.All(char.IsAsciiDigit) || code[0] == '0')
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["phoneCountryCode"] = ["phoneCountryCode is required: the country calling code (1 to 3 digits, e.g. \"34\") for phones written without one."],
            });
        }
        var segment = await request.Db.CandidateSegments.FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken);
        if (segment is null)
        {
            return TypedResults.NotFound();
        }
        var account = await request.Db.Accounts.FirstOrDefaultAsync(a => a.ClientProfileId == segment.ClientProfileId && a.Platform == AdPlatforms.Meta, request.CancellationToken);
        if (account is null)
        {
            return AdsProblems.NoAccount(AdPlatforms.Meta);
        }
        try
        {
            if (!await uploader.UploadAsync(segment, account, code, request.CancellationToken))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["id"] = ["No member of this segment has an email or a phone: there is nothing to match an audience on."],
                });
            }
        }
        catch (PlatformException error)
        {
            return AdsProblems.Platform(error);
        }
        return TypedResults.Ok(SegmentAudienceResponse.From(segment));
    }

    public static async Task<Results<Ok<SegmentAudienceResponse>, NotFound>> GetAsync(Guid id, [AsParameters] AdsRequest request) =>
        await request.Db.CandidateSegments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, request.CancellationToken) is { } segment
            ? TypedResults.Ok(SegmentAudienceResponse.From(segment))
            : TypedResults.NotFound();
}
