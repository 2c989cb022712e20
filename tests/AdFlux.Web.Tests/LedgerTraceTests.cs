using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.Testing;
using AdFlux.Web.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AdFlux.Web.Tests;

/// <summary>The ledger console's trace of one flow, drawn as a timeline from the ledger's trace endpoint.</summary>
[Collection(WebCollection.Name)]
public sealed class LedgerTraceTests(WebSystem system)
{
    [Fact]
    public async Task A_flow_opens_from_the_recent_events_as_a_timeline_in_causal_order()
    {
        // A video flow as video's outbox publishes it: the upload starts the flow, each job event is caused by the one before.
        var uploaded = new VideoUploaded(Guid.CreateVersion7(), system.TenantId, DateTimeOffset.UtcNow.AddSeconds(-9), Guid.NewGuid(), system.ProfileId, "song.mp4", 1024, 30);
        var jobId = Guid.NewGuid();
        var created = new JobCreated(Guid.CreateVersion7(), system.TenantId, uploaded.OccurredAt.AddSeconds(1), jobId, uploaded.VideoId, "analysis");
        var started = new JobStarted(Guid.CreateVersion7(), system.TenantId, uploaded.OccurredAt.AddSeconds(3), jobId);
        var completed = new JobCompleted(Guid.CreateVersion7(), system.TenantId, uploaded.OccurredAt.AddSeconds(9), jobId);
        var flow = uploaded.EventId;
        var bus = system.Insights.Services.GetRequiredService<IBus>();
        // Published newest first: the page's order comes from the causes, not from arrival.
        await PublishAsync(bus, completed, flow, started.EventId);
        await PublishAsync(bus, started, flow, created.EventId);
        await PublishAsync(bus, created, flow, uploaded.EventId);
        await PublishAsync(bus, uploaded, flow, null);
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        await Eventually.WaitAsync(async () =>
        {
            using var response = await admin.GetAsync($"/api/ledger/trace/{flow}");
            return response.StatusCode == HttpStatusCode.OK ? (await response.Content.ReadFromJsonAsync<JsonNode>())!["steps"]!.AsArray().Count : 0;
        }, count => count == 4, TimeSpan.FromSeconds(60));

        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/ledger");
        await page.Locator($"[data-testid=ledger-events] a[data-correlation='{flow}']").First.ClickAsync();
        var steps = page.Locator("[data-testid=trace] li.trace-step");
        await steps.Nth(3).WaitForAsync();

        Assert.Equal(["VideoUploaded", "JobCreated", "JobStarted", "JobCompleted"],
            await steps.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.eventType)"));
        Assert.Equal(["0", "1", "2", "3"], await steps.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.depth)"));
        Assert.Equal(["+0 s", "+1 s", "+3 s", "+9 s"], await steps.Locator(".trace-offset").AllInnerTextsAsync());
        Assert.Equal("4 events over 9 s, from video", (await page.Locator("[data-testid=flow-summary]").InnerTextAsync()).Trim());
        await Browsing.ScreenshotAsync(page, "admin-ledger-trace");
        await Browsing.AssertAccessibleAsync(page);
        await Browsing.AssertFitsAPhoneAsync(page);

        // A flow the ledger does not know reads as such, not as a raw 404.
        await page.GotoAsync($"/admin/ledger/trace/{Guid.NewGuid()}");
        await page.Locator(".problem", new() { HasText = "The ledger has no events of this flow." }).WaitForAsync();
        await page.Context.CloseAsync();
    }

    private static Task PublishAsync<TEvent>(IBus bus, TEvent message, Guid flow, Guid? cause)
        where TEvent : class =>
        bus.Publish(message, context =>
        {
            context.CorrelationId = flow;
            context.InitiatorId = cause;
            context.Headers.Set(AdFluxHeaders.SourceService, "video");
        });
}
