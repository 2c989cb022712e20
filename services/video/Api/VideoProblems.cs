using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Video.Api;

/// <summary>RFC 9457 answers of the video API, each naming the field or header at fault.</summary>
public static class VideoProblems
{
    public static ProblemHttpResult Field(int status, string field, string message, string? title = null) =>
        TypedResults.Problem(
            detail: message,
            statusCode: status,
            title: title ?? TitleOf(status),
            type: ProblemTypes.ForStatus(status),
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });

    public static ProblemHttpResult InvalidMedia(string message) => Field(StatusCodes.Status422UnprocessableEntity, "file", message, "The file is not an acceptable video.");

    public static ProblemHttpResult TooLarge(string field, long limit) =>
        Field(StatusCodes.Status413PayloadTooLarge, field, $"The upload is larger than the limit of {limit} bytes.");

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is invalid.",
        StatusCodes.Status409Conflict => "The request conflicts with the resource's state.",
        StatusCodes.Status413PayloadTooLarge => "The upload is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The content type is not accepted.",
        StatusCodes.Status422UnprocessableEntity => "The content cannot be processed.",
        _ => "The request failed.",
    };
}
