using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AdFlux.WebhookIngest.Benchmark;

/// <summary>The baseline: Kestrel answering 202 to the same requests without reading, checking or storing anything.</summary>
public static class BareEndpoint
{
    public static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/webhooks/youtube-metrics", () => Results.Accepted());
        await app.StartAsync();
        return app;
    }
}
