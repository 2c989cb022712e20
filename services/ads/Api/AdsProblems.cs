using AdFlux.Ads.Platforms;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Ads.Api;

/// <summary>The ads service's problem details beyond field validation.</summary>
public static class AdsProblems
{
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "The campaign is not in a state that allows this.", type: ProblemTypes.Conflict);

    public static ProblemHttpResult NoAccount(string platform) =>
        TypedResults.Problem($"The client profile has no {platform} ad account; register one at POST /api/ads/accounts first.",
            statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid.", type: ProblemTypes.Validation,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["platform"] = [$"No {platform} ad account for this client profile."] } });

    /// <summary>
    /// The platform refused (its 4xx: 400 naming the platform's code) or failed (502). The
    /// platform's code rides in <c>platformErrorCode</c>, so a client can look it up in the platform's docs.
    /// </summary>
    public static ProblemHttpResult Platform(PlatformException error) =>
        TypedResults.Problem(error.PlatformMessage,
            statusCode: error.Refused ? StatusCodes.Status400BadRequest : StatusCodes.Status502BadGateway,
            title: $"{error.Platform} refused the change.",
            type: ProblemTypes.Base + "platform-error",
            extensions: new Dictionary<string, object?> { ["platform"] = error.Platform, ["platformErrorCode"] = error.Code });
}
