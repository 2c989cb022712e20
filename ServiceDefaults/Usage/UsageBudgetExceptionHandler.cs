using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AdFlux.ServiceDefaults.Usage;

/// <summary>A request that needed a provider call the tenant's exhausted usage budget refused: 429 naming the budget, not a 500.</summary>
public sealed class UsageBudgetExceptionHandler(IProblemDetailsService problems, ILogger<UsageBudgetExceptionHandler> logger) : IExceptionHandler
{
    public const string ProblemType = ProblemTypes.Base + "usage-budget-exhausted";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not UsageBudgetExhaustedException exhausted)
        {
            return false;
        }
        logger.LogInformation("Request {Method} {Path} refused: the {Provider} call is over tenant {TenantId}'s usage budget for {Month}",
            httpContext.Request.Method, httpContext.Request.Path.Value, exhausted.Provider, exhausted.TenantId, exhausted.Stop.Month);
        httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new()
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemType,
                Title = "The monthly API usage budget is exhausted.",
                Detail = exhausted.Message,
                Extensions = { ["budget"] = exhausted.Stop.Budget, ["currency"] = exhausted.Stop.Currency, ["month"] = exhausted.Stop.Month, ["provider"] = exhausted.Provider },
            },
        });
    }
}
