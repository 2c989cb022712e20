using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AdFlux.ServiceDefaults.Errors;

/// <summary>
/// A request the framework could not read (malformed or mistyped JSON, a duplicate key, wrong
/// content type, oversized body) is the caller's fault: its 4xx as problem details naming the
/// field, logged as information without a stack trace (client errors must not flood the error log).
/// A handled exception is not logged again by the exception-handler middleware (.NET 10).
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        logger.LogInformation("Request {Method} {Path} refused with {StatusCode}: {Reason}",
            httpContext.Request.Method, httpContext.Request.Path.Value, bad.StatusCode, bad.Message);
        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = new HttpValidationProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status400BadRequest ? "The request is not valid." : null,
            Type = ProblemTypes.ForStatus(bad.StatusCode),
            Detail = bad.Message,
        };
        if (bad.InnerException is JsonException json)
        {
            problem.Detail = "The request body could not be read as JSON.";
            if (FieldOf(json.Path) is { } field)
            {
                problem.Errors[field] = [json.Message.Contains("uplicate", StringComparison.Ordinal)
                    ? "The field appears more than once."
                    : "The value has the wrong type or format."];
            }
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary><c>$.clientProfileIds[0]</c> → <c>clientProfileIds</c>; the top-level property is what the request names.</summary>
    public static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var end = field.IndexOfAny(['.', '[']);
        return end > 0 ? field[..end] : field.Trim('[', ']', '\'');
    }
}
