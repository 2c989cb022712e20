using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Contracts.MlDetection;
using AdFlux.MlDetection.Api;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing.Auth;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace AdFlux.MlDetection.Tests;

/// <summary><see cref="ComplianceScoreRequested"/> over the real broker: scored once per request, under the message's tenant.</summary>
[Collection(MlServiceCollection.Name)]
public sealed class ComplianceBusTests(MlService service)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<Guid> StoreAsync(HttpClient client, SKBitmap bitmap)
    {
        var response = await client.PostAsync("/api/ml/detect", Uploads.Multipart(TestImages.Png(bitmap)));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AnalysisResponse>(Json))!.ImageId;
    }

    private Task<List<string>> ScoredAsync(Guid tenant) => service.InScopeAsync(db => db.Set<OutboxMessage>()
        .Where(m => m.TenantId == tenant && m.MessageType.Contains(".ComplianceScored,")).Select(m => m.Payload).ToListAsync());

    [Fact]
    public async Task A_request_over_the_bus_is_scored_once_into_ComplianceScored_and_another_tenants_image_is_not_scored()
    {
        var (tenant, stranger) = (Guid.NewGuid(), Guid.NewGuid());
        using var client = service.Client(TestTokens.Admin(tenant));
        using var creative = ComplianceTests.Creative(SKColors.White, true, SKColor.Parse("#191414"), 34, 400);
        using var logo = ComplianceTests.Logo();
        var imageId = await StoreAsync(client, creative);
        var logoId = await StoreAsync(client, logo);
        var rules = new BrandRules(["#1DB954", "#191414", "#FFFFFF"], LogoImageId: logoId, MinLogoWidthRatio: 0.1, Platform: "tiktok");
        var subject = Guid.NewGuid();
        var request = new ComplianceScoreRequested(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, "creative", subject, imageId, rules);
        var foreign = new ComplianceScoreRequested(Guid.NewGuid(), stranger, DateTimeOffset.UtcNow, "creative", Guid.NewGuid(), imageId, rules with { LogoImageId = null });
        var bus = service.Factory.Services.GetRequiredService<IBus>();

        // The stranger's request goes first on the same one-at-a-time queue; republished until handled
        // (the queue may not be bound yet on a cold broker), which the inbox makes harmless.
        var scored = new List<string>();
        for (var attempt = 0; attempt < 60 && scored.Count == 0; attempt++)
        {
            await bus.Publish(foreign);
            await bus.Publish(request);
            await Task.Delay(1000);
            scored = await ScoredAsync(tenant);
        }
        await bus.Publish(request);
        await Task.Delay(3000);
        scored = await ScoredAsync(tenant);

        var payload = JsonDocument.Parse(Assert.Single(scored)).RootElement;
        Assert.Equal(subject, payload.GetProperty("subjectId").GetGuid());
        Assert.Equal(imageId, payload.GetProperty("imageId").GetGuid());
        Assert.InRange(payload.GetProperty("score").GetDouble(), 0.8, 1);
        Assert.True(payload.GetProperty("components").GetProperty("logo").GetDouble() >= 0.75, payload.ToString());
        var handled = await service.InScopeAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == foreign.EventId));
        Assert.True(handled, "the stranger's request was never consumed, so its absence proves nothing");
        Assert.Empty(await ScoredAsync(stranger));
    }
}
