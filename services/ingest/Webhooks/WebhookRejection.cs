using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Ingest.Webhooks;

/// <summary>The problem answers of a refused delivery, each carrying its counted <c>reason</c>.</summary>
public static class WebhookRejection
{
    public static ProblemHttpResult Problem(int status, string reason, string title, string detail) =>
        TypedResults.Problem(
            statusCode: status,
            title: title,
            detail: detail,
            type: ProblemTypes.ForStatus(status),
            extensions: new Dictionary<string, object?> { ["reason"] = reason });

    public static ValidationProblem Invalid(string reason, IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(
            errors,
            title: "The delivery is not valid",
            type: ProblemTypes.Validation,
            extensions: new Dictionary<string, object?> { ["reason"] = reason });
}
