using AdFlux.MlDetection.Imaging;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.MlDetection.Api;

/// <summary>The problem details the analysis endpoints answer, each naming the field at fault.</summary>
public static class MlProblems
{
    public static ProblemHttpResult Unprocessable(ImageRejectedException rejected) =>
        Field(StatusCodes.Status422UnprocessableEntity, rejected.Field, rejected.Message, "The image cannot be analysed");

    /// <summary>No stored image with that id for this tenant (another tenant's id included), or its file is gone.</summary>
    public static ProblemHttpResult UnknownImage(string field, Guid id) =>
        Field(StatusCodes.Status404NotFound, field, $"No stored image {id}: name an image this tenant analysed or a frame video sampled.", "The image was not found");

    private static ProblemHttpResult Field(int status, string field, string message, string title) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = status,
            Title = title,
            Type = status == StatusCodes.Status404NotFound ? ProblemTypes.NotFound : ProblemTypes.Validation,
            Detail = message,
        });
}
