using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.ServiceDefaults.Auth;

/// <summary>401 and 403 as RFC 9457 problem details, like every other AdFlux error.</summary>
internal static class AuthProblems
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    public static Task UnauthorizedAsync(HttpContext context, string? failure) => WriteAsync(
        context,
        StatusCodes.Status401Unauthorized,
        "Authentication required",
        failure ?? $"Send an access token (Authorization: Bearer) or an API key ({AuthSchemes.ApiKeyHeader}).");

    public static Task ForbiddenAsync(HttpContext context) => WriteAsync(
        context,
        StatusCodes.Status403Forbidden,
        "Not allowed",
        "Your role does not allow this operation.");
}
