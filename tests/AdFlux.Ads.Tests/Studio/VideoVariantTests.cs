using System.Net;
using AdFlux.Ads.Api.Studio;
using AdFlux.Contracts.Video;
using AdFlux.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Ads.Tests.Studio;

/// <summary>Video's VariantRendered over the real broker, attached to the content requests of its clip as the message's tenant.</summary>
[Collection(AdsCollection.Name)]
public sealed class VideoVariantTests(AdsWorld world)
{
    private HttpClient Client => world.Client;

    private string Admin => world.AdminA;

    private Task<RequestResponse> RequestForClipAsync(Guid profile, Guid? clip) =>
        Drafts.ExpectAsync<RequestResponse>(Client, HttpMethod.Post, "/api/ads/studio/requests", Admin, new
        {
            clientProfileId = profile,
            clipId = clip,
            title = "Clip teaser",
            platforms = new[] { "tiktok", "youtube-shorts" },
            formats = new[] { "1080x1920" },
        }, HttpStatusCode.Created);

    [Fact]
    public async Task A_rendered_variant_of_a_requests_clip_is_attached_once_to_that_tenants_requests_only()
    {
        var profile = await world.NewClientProfileAsync();
        var clip = Guid.NewGuid();
        var draft = await RequestForClipAsync(profile, clip);
        var other = await RequestForClipAsync(profile, Guid.NewGuid());
        var rendered = new VariantRendered(Guid.NewGuid(), world.Matrix.A.TenantId, DateTimeOffset.UtcNow, Guid.NewGuid(), clip, "tiktok", 1080, 1920, 14.5);
        // The same clip id under another tenant must not reach tenant A's request.
        var foreign = new VariantRendered(Guid.NewGuid(), world.Matrix.B.TenantId, DateTimeOffset.UtcNow, Guid.NewGuid(), clip, "youtube-shorts", 1080, 1920, 9);
        var bus = world.Service.Services.GetRequiredService<IBus>();

        await bus.Publish(foreign);
        await bus.Publish(rendered);
        await bus.Publish(rendered);
        await bus.Publish(rendered with { EventId = Guid.NewGuid() });
        var attached = await Eventually.WaitAsync(() => StudioCalls.GetAsync(Client, Admin, draft.Id), r => r.VideoVariants.Count > 0, TimeSpan.FromSeconds(20));
        // A later variant proves every earlier message was consumed.
        var later = rendered with { EventId = Guid.NewGuid(), VariantId = Guid.NewGuid(), Platform = "youtube-shorts", DurationSeconds = 15 };
        await bus.Publish(later);
        var both = await Eventually.WaitAsync(() => StudioCalls.GetAsync(Client, Admin, draft.Id), r => r.VideoVariants.Count >= 2, TimeSpan.FromSeconds(20));

        Assert.Equal(clip, attached.ClipId);
        var variant = Assert.Single(attached.VideoVariants);
        Assert.Equal((rendered.VariantId, clip, "tiktok", 1080, 1920, 14.5), (variant.VariantId, variant.ClipId, variant.Platform, variant.Width, variant.Height, variant.DurationSeconds));
        Assert.Equal(new[] { rendered.VariantId, later.VariantId }.Order(), both.VideoVariants.Select(v => v.VariantId).Order());
        Assert.Equal(2, both.VideoVariants.Count);
        Assert.Empty((await StudioCalls.GetAsync(Client, Admin, other.Id)).VideoVariants);
    }

    [Fact]
    public async Task A_clip_id_that_is_not_an_id_is_refused_naming_the_field_and_no_request_is_created()
    {
        var profile = await world.NewClientProfileAsync();

        var refused = await Drafts.SendAsync(Client, HttpMethod.Post, "/api/ads/studio/requests", Admin, new
        {
            clientProfileId = profile,
            clipId = Guid.Empty,
            title = "Clip teaser",
            platforms = new[] { "tiktok" },
            formats = new[] { "1080x1920" },
        });
        var listed = await Drafts.ExpectAsync<List<RequestResponse>>(Client, HttpMethod.Get, $"/api/ads/studio/requests?clientProfileId={profile}", Admin, null, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.Body!["errors"]!["clipId"]);
        Assert.Empty(listed);
    }
}
