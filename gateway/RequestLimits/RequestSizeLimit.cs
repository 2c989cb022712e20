using AdFlux.ServiceDefaults.Errors;
using Yarp.ReverseProxy.Model;

namespace AdFlux.Gateway.RequestLimits;

/// <summary>
/// Proxy-pipeline step answering 413 problem details for bodies over the route's
/// <c>MaxRequestBodySize</c>: at once when <c>Content-Length</c> says so, and after the fact
/// when a chunked body crosses the limit while YARP streams it (Kestrel fails the read and
/// YARP leaves a bare status, which would get the framework's generic problem).
/// </summary>
public static class RequestSizeLimit
{
    public static async Task EnforceAsync(HttpContext context, Func<Task> next)
    {
        var limit = context.GetReverseProxyFeature().Route.Config.MaxRequestBodySize;
        if (limit is > 0 && context.Request.ContentLength > limit)
        {
            await WriteTooLargeAsync(context, limit.Value);
            return;
        }
        await next();
        if (limit is > 0
            && !context.Response.HasStarted
            && context.GetForwarderErrorFeature() is { } error
            && (context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge
                || error.Exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }))
        {
            await WriteTooLargeAsync(context, limit.Value);
        }
    }

    private static ValueTask WriteTooLargeAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Type = ProblemTypes.PayloadTooLarge,
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Request body too large",
                Detail = $"This route accepts request bodies of at most {limit} bytes.",
            },
        });
    }
}
