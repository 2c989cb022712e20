using AdFlux.Ads.Creatives.Copy;
using AdFlux.ServiceDefaults.AI;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Ads.Creatives;

/// <summary>A copy provider's failure as problem details: 503 when none is configured, 502 when it failed.</summary>
public static class CopyProblems
{
    public static ProblemHttpResult From(ChatProviderException failed) =>
        TypedResults.Problem(failed.Message,
            statusCode: failed.NotConfigured ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status502BadGateway,
            title: failed.NotConfigured ? "No AI copy provider is configured." : "The AI copy provider failed.",
            type: failed.NotConfigured ? ProblemTypes.Unavailable : ProblemTypes.Base + "provider-error");
}
