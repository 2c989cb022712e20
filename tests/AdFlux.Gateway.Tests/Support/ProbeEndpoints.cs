using System.Diagnostics;
using AdFlux.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace AdFlux.Gateway.Tests.Support;

/// <summary>
/// Adds <c>/api/ingest/probe</c> and <c>/webhooks/probe</c> to the real ingest host under test:
/// they report what arrived (path, trace context, forwarding headers, body size), so the tests
/// can assert on what crossed the gateway.
/// </summary>
public sealed class ProbeEndpoints : IStartupFilter
{
    public const string ApiPath = $"/api/{ResourceNames.Ingest}/probe";
    public const string WebhookPath = "/webhooks/probe";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(ApiPath, probe => probe.Run(ReportAsync));
        app.Map(WebhookPath, probe => probe.Run(ReportAsync));
        next(app);
    };

    private static async Task ReportAsync(HttpContext context)
    {
        var length = 0L;
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer)) > 0)
        {
            length += read;
        }
        var activity = Activity.Current;
        await context.Response.WriteAsJsonAsync(new ProbeResponse(
            context.Request.PathBase + context.Request.Path,
            context.Request.QueryString.Value ?? "",
            activity?.TraceId.ToString() ?? "",
            activity?.ParentSpanId.ToString() ?? "",
            context.Request.Headers["X-Forwarded-For"].FirstOrDefault(),
            context.Request.Headers.Authorization.Count > 0,
            length));
    }
}
