using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Identity.Api;

/// <summary>
/// Problem results with AdFlux's stable <c>type</c>: TypedResults fills in an RFC link itself,
/// which the shared customiser (<c>Type ??=</c>) then leaves alone.
/// </summary>
public static class Problems
{
    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is not valid.", type: ProblemTypes.Validation);

    public static ProblemHttpResult Status(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, type: ProblemTypes.ForStatus(status));
}
