using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace AdFlux.Gateway.Tests.Support;

/// <summary>A stand-in service on a free loopback port whose <c>/health</c> is healthy and counts its callers.</summary>
public sealed class CountingService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _healthRequests;

    private CountingService(WebApplication app) => _app = app;

    public int HealthRequests => Volatile.Read(ref _healthRequests);

    public Uri Url => new(_app.Urls.First());

    public static async Task<CountingService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var service = new CountingService(builder.Build());
        service._app.MapGet("/health", () =>
        {
            Interlocked.Increment(ref service._healthRequests);
            return Results.Json(new { status = "Healthy" });
        });
        await service._app.StartAsync();
        return service;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
