using System.Net;
using AdFlux.Ads.Api.Studio;
using AdFlux.Testing;
using SkiaSharp;

namespace AdFlux.Ads.Tests.Studio;

/// <summary>Stored assets rendered into platform formats around the faces ml-detection finds, and without them when it is down.</summary>
[Collection(AdsCollection.Name)]
public sealed class AssetVariantsTests(AdsWorld world)
{
    private HttpClient Client => world.Client;

    private string Admin => world.AdminA;

    private async Task<AssetResponse> AssetAsync(byte[] image)
    {
        var profile = await world.NewClientProfileAsync();
        await StudioCalls.CreateBrandAsync(Client, Admin, profile);
        var request = await StudioCalls.CreateRequestAsync(Client, Admin, profile);
        return await Drafts.ExpectAsync<AssetResponse>(Client, HttpMethod.Post, $"/api/ads/studio/requests/{request.Id}/assets", Admin,
            StudioCalls.Asset(image, fileName: "photo.png"), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Variants_of_a_stored_photo_are_cropped_around_the_face_ml_detection_finds_and_stored()
    {
        var asset = await AssetAsync(await DebianPhotos.AstronautAsync());

        var rendered = await Drafts.ExpectAsync<AssetVariantsResponse>(Client, HttpMethod.Post, $"/api/ads/studio/assets/{asset.Id}/variants", Admin, new { }, HttpStatusCode.OK);
        var listed = await Drafts.ExpectAsync<List<AssetVariantResponse>>(Client, HttpMethod.Get, $"/api/ads/studio/assets/{asset.Id}/variants", Admin, null, HttpStatusCode.OK);
        var story = rendered.Variants.Single(v => v.Format == "story");
        using var response = await Client.SendAsync(Drafts.Request(HttpMethod.Get, story.ContentUrl, Admin));
        using var jpeg = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());

        Assert.True(rendered.RegionsAvailable);
        Assert.Null(rendered.RegionsNote);
        var face = Assert.Single(rendered.Regions, r => r.Label == "face");
        Assert.InRange(face.X + face.Width / 2, 150, 290);
        Assert.Equal(["story", "square", "portrait"], rendered.Variants.Select(v => v.Format));
        Assert.Equal([(1080, 1920), (1080, 1080), (1080, 1350)], rendered.Variants.Select(v => (v.Width, v.Height)));
        Assert.StartsWith("regions", story.Crop.Strategy, StringComparison.Ordinal);
        Assert.True(story.Crop.X <= face.X && face.X + face.Width <= story.Crop.X + story.Crop.Width, $"face {face} outside crop {story.Crop}");
        Assert.True(story.RegionsAvailable);
        Assert.Equal(rendered.Regions.Count, story.RegionCount);
        Assert.Equal(rendered.Variants.Select(v => v.Id).Order(), listed.Select(v => v.Id).Order());
        Assert.Equal((1080, 1920), (jpeg.Width, jpeg.Height));
    }

    [Fact]
    public async Task With_ml_detection_down_variants_are_cropped_by_saliency_and_the_response_says_regions_were_unavailable()
    {
        var asset = await AssetAsync(BrandImages.OnBrand());
        var first = await Drafts.ExpectAsync<AssetVariantsResponse>(Client, HttpMethod.Post, $"/api/ads/studio/assets/{asset.Id}/variants", Admin,
            new { formats = new[] { "square" } }, HttpStatusCode.OK);

        AssetVariantsResponse down;
        world.MlOutage.Down = true;
        try
        {
            down = await Drafts.ExpectAsync<AssetVariantsResponse>(Client, HttpMethod.Post, $"/api/ads/studio/assets/{asset.Id}/variants", Admin, null, HttpStatusCode.OK);
        }
        finally
        {
            world.MlOutage.Down = false;
        }
        var listed = await Drafts.ExpectAsync<List<AssetVariantResponse>>(Client, HttpMethod.Get, $"/api/ads/studio/assets/{asset.Id}/variants", Admin, null, HttpStatusCode.OK);

        Assert.True(first.RegionsAvailable);
        Assert.False(down.RegionsAvailable);
        Assert.Contains("could not be reached", down.RegionsNote, StringComparison.Ordinal);
        Assert.Empty(down.Regions);
        Assert.Equal(3, down.Variants.Count);
        Assert.All(down.Variants, v => Assert.Contains(v.Crop.Strategy, new[] { "saliency", "centre", "whole" }));
        // Rendering again replaced the square variant rather than adding a second.
        Assert.Equal(3, listed.Count);
        Assert.Equal(first.Variants.Single().Id, listed.Single(v => v.Format == "square").Id);
        Assert.All(listed, v => Assert.False(v.RegionsAvailable));
    }

    [Fact]
    public async Task An_unknown_format_is_refused_naming_it_and_nothing_is_stored()
    {
        var asset = await AssetAsync(BrandImages.OnBrand());

        var refused = await Drafts.SendAsync(Client, HttpMethod.Post, $"/api/ads/studio/assets/{asset.Id}/variants", Admin, new { formats = new[] { "square", "billboard" } });
        var listed = await Drafts.ExpectAsync<List<AssetVariantResponse>>(Client, HttpMethod.Get, $"/api/ads/studio/assets/{asset.Id}/variants", Admin, null, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.Body!["errors"]!["formats[1]"]);
        Assert.Empty(listed);
    }
}
