using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.ServiceDefaults.Errors;

public static class ProblemDetailsExtensions
{
    /// <summary>
    /// RFC 9457 problem details for every error response, with a stable <c>type</c> per
    /// status and the trace id, so a user's report can be found in the traces.
    /// </summary>
    public static IServiceCollection AddDefaultProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            // ASP.NET Core fills in an RFC 9110 section link before we run; ours is more specific.
            if (problem.Type is null || problem.Type.StartsWith(ProblemTypes.FrameworkDefaultPrefix, StringComparison.Ordinal))
            {
                problem.Type = ProblemTypes.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode);
            }
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        // Unreadable bodies throw in every environment, so one handler names the field and logs without a stack trace.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<Usage.UsageBudgetExceptionHandler>();
        return services;
    }
}
