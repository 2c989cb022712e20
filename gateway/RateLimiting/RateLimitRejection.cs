using System.Globalization;
using System.Threading.RateLimiting;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace AdFlux.Gateway.RateLimiting;

/// <summary>429 problem details with <c>Retry-After</c> in whole seconds (RFC 9110 §10.2.3).</summary>
public static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Type = ProblemTypes.RateLimited,
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"The rate limit for this client or tenant is used up; retry after {seconds} s.",
            },
        });
    }
}
