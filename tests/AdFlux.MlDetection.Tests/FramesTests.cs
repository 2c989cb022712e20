using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Contracts.Video;
using AdFlux.MlDetection.Api;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.MlDetection.Tests;

[Collection(MlServiceCollection.Name)]
public sealed class FramesTests(MlService service)
{
    [Fact]
    public async Task Sampled_frames_get_faces_and_objects_stored_under_the_messages_tenant_and_one_DetectionCompleted_per_frame_and_model()
    {
        var tenant = Guid.NewGuid();
        var (withFace, blank) = (Guid.NewGuid(), Guid.NewGuid());
        Directory.CreateDirectory(Path.Combine(service.MediaRoot, "frames"));
        await File.WriteAllBytesAsync(Path.Combine(service.MediaRoot, "frames", $"{withFace}.png"), await DebianPhotos.AstronautAsync());
        await File.WriteAllBytesAsync(Path.Combine(service.MediaRoot, "frames", $"{blank}.png"), TestImages.Blank());
        var sampled = new FramesSampled(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(),
            [new SampledFrame(withFace, 1.5, $"frames/{withFace}.png"), new SampledFrame(blank, 3.0, $"frames/{blank}.png")]);
        var bus = service.Factory.Services.GetRequiredService<IBus>();

        // Republished until handled: the queue may not be bound yet on a cold broker, and the inbox makes repeats harmless.
        var rows = new List<Domain.MlDetectionRecord>();
        for (var attempt = 0; attempt < 60 && rows.Count == 0; attempt++)
        {
            await bus.Publish(sampled);
            await Task.Delay(1000);
            rows = await service.InScopeAsync(db => db.Detections.IgnoreQueryFilters().Where(d => d.TenantId == tenant).ToListAsync());
        }
        await Task.Delay(2000);
        rows = await service.InScopeAsync(db => db.Detections.IgnoreQueryFilters().Where(d => d.TenantId == tenant).ToListAsync());
        var completed = await service.InScopeAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.TenantId == tenant && m.MessageType.Contains(".DetectionCompleted,")).Select(m => m.Payload).ToListAsync());

        Assert.Single(rows, r => r.DetectionType == "face" && r.ImageId == withFace);
        Assert.Contains(rows, r => r.DetectionType == "object" && r.ImageId == withFace && r.Label == "person");
        Assert.DoesNotContain(rows, r => r.ImageId == blank);
        Assert.Equal(4, completed.Count);
        Assert.All(completed, payload => Assert.Contains(sampled.VideoId.ToString(), payload));

        // The sampled frame is now a stored image: analysed again by its id, for its tenant only.
        using var owner = service.Client(TestTokens.Admin(tenant));
        using var stranger = service.Client(TestTokens.Admin(Guid.NewGuid()));
        var again = await owner.PostAsJsonAsync("/api/ml/faces", new { imageId = withFace });
        var foreign = await stranger.PostAsJsonAsync("/api/ml/faces", new { imageId = withFace });
        Assert.True(again.IsSuccessStatusCode, await again.Content.ReadAsStringAsync());
        var result = (await again.Content.ReadFromJsonAsync<AnalysisResponse>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        Assert.Equal(withFace, result.ImageId);
        Assert.Single(result.Detections, d => d.Label == "face");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var frameImage = await service.InScopeAsync(db => db.Images.IgnoreQueryFilters().SingleAsync(i => i.Id == withFace));
        Assert.Equal((tenant, "frame", sampled.VideoId), (frameImage.TenantId, frameImage.Source, frameImage.VideoId));
        var reanalysed = await service.InScopeAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.TenantId == tenant && m.MessageType.Contains(".DetectionCompleted,")).Select(m => m.Payload).ToListAsync());
        Assert.Equal(5, reanalysed.Count);
    }
}
