using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Ads.Api.Studio;

/// <summary>The studio's problem details beyond field validation, each with the reason.</summary>
public static class StudioProblems
{
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "The content request is not in a state that allows this.", type: ProblemTypes.Conflict);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "You may not decide this.", type: ProblemTypes.Forbidden);

    public static ProblemHttpResult Gone(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status410Gone, title: "The link no longer works.", type: ProblemTypes.Base + "link-gone");

    public static ProblemHttpResult Refused(EngineOutcome outcome) =>
        outcome.Status == StatusCodes.Status403Forbidden ? Forbidden(outcome.Refusal!) : Conflict(outcome.Refusal!);

    public static ProblemHttpResult Unprocessable(string field, string detail) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [detail] })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The image cannot be used.",
            Type = ProblemTypes.Validation,
            Detail = detail,
        });

    public static ProblemHttpResult ScoringUnavailable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status502BadGateway, title: "The image could not be scored; nothing was stored.", type: ProblemTypes.Base + "compliance-unavailable");
}
