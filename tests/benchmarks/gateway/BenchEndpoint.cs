using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace AdFlux.Gateway.Benchmark;

/// <summary>
/// <c>GET /api/ingest/bench</c> on the real ingest host: authenticates the bearer token with the
/// service's own ServiceDefaults handler (as every service endpoint does) and answers small JSON.
/// </summary>
public sealed class BenchEndpoint : IStartupFilter
{
    public const string Path = "/api/ingest/bench";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Path, bench => bench.Run(async context =>
        {
            var result = await context.AuthenticateAsync();
            if (!result.Succeeded)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }
            await context.Response.WriteAsJsonAsync(new BenchResponse("ingest", result.Principal!.FindFirst("tenant_id")!.Value));
        }));
        next(app);
    };
}
