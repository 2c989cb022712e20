using AdFlux.Ads.Creatives.Variants;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AdFlux.Ads.Tests.Creatives;

public sealed class ImageVariantRendererTests
{
    private static ImageVariantRenderer Renderer(VariantOptions? options = null) => new(Options.Create(options ?? new VariantOptions()));

    [Fact]
    public void Every_format_comes_out_at_its_exact_size()
    {
        var variants = Renderer().Render(TestImages.Grey(3000, 2000), VariantFormat.All, []);

        Assert.Equal(["story", "square", "portrait"], variants.Select(v => v.Format.Name));
        foreach (var variant in variants)
        {
            using var bitmap = SKBitmap.Decode(variant.Jpeg);
            Assert.Equal((variant.Format.Width, variant.Format.Height), (bitmap.Width, bitmap.Height));
            Assert.False(variant.Upscaled);
        }
        Assert.Equal((1080, 1920), (VariantFormat.Story.Width, VariantFormat.Story.Height));
        Assert.Equal((1080, 1350), (VariantFormat.Portrait.Width, VariantFormat.Portrait.Height));
    }

    [Fact]
    public void A_region_near_the_edge_stays_inside_every_crop_and_shows_in_the_output()
    {
        var box = new SKRect(2600, 400, 2800, 600);
        var source = TestImages.WithRedBox(3000, 1000, box);

        var variants = Renderer().Render(source, VariantFormat.All, [new RegionOfInterest(2600, 400, 200, 200, "face")]);

        foreach (var variant in variants)
        {
            var crop = variant.Crop;
            Assert.True(crop.RegionsInside);
            Assert.Equal("regions", crop.Strategy);
            Assert.InRange(2600, crop.X, crop.X + crop.Width);
            Assert.InRange(2800, crop.X, crop.X + crop.Width);
            using var bitmap = SKBitmap.Decode(variant.Jpeg);
            var expected = 200 * variant.ScaleFactor * 200 * variant.ScaleFactor;
            Assert.InRange(TestImages.RedPixels(bitmap), expected * 0.9, expected * 1.1);
        }
    }

    [Fact]
    public void Without_regions_the_crop_goes_where_the_detail_is()
    {
        var source = TestImages.DetailBetween(3000, 1000, 0, 900);

        var square = Assert.Single(Renderer().Render(source, [VariantFormat.Square], []));

        Assert.Equal("saliency", square.Crop.Strategy);
        Assert.InRange(square.Crop.X, 0, 100);
    }

    [Fact]
    public void A_flat_image_is_cropped_in_the_centre()
    {
        var square = Assert.Single(Renderer().Render(TestImages.Grey(3000, 1000), [VariantFormat.Square], []));

        Assert.Equal(1000, square.Crop.X);
    }

    [Fact]
    public void Regions_too_far_apart_for_the_format_keep_the_largest_and_say_not_all_fit()
    {
        var source = TestImages.Grey(3000, 1000);
        RegionOfInterest[] regions = [new(100, 300, 150, 150), new(2600, 300, 300, 300)];

        var story = Assert.Single(Renderer().Render(source, [VariantFormat.Story], regions));

        Assert.False(story.Crop.RegionsInside);
        Assert.Equal("regions-partial", story.Crop.Strategy);
        Assert.InRange(story.Crop.X, 2900 - story.Crop.Width, 2600);
    }

    [Fact]
    public void A_small_source_is_enlarged_and_the_variant_says_so_with_the_factor()
    {
        var story = Assert.Single(Renderer().Render(TestImages.Grey(400, 300), [VariantFormat.Story], []));

        Assert.True(story.Upscaled);
        Assert.Equal(Math.Round(1080.0 / story.Crop.Width, 4), story.ScaleFactor);
        Assert.True(story.ScaleFactor > 6);
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_rejected_naming_the_field()
    {
        var rejected = Assert.Throws<ImageRejectedException>(() => Renderer().Render("not an image at all"u8, VariantFormat.All, []));

        Assert.Equal("image", rejected.Field);
        Assert.Contains("not a PNG, JPEG", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_image_is_rejected()
    {
        var jpeg = TestImages.Draw(800, 600, c => c.DrawCircle(400, 300, 200, new SKPaint { Color = SKColors.Blue }), SKEncodedImageFormat.Jpeg);

        var rejected = Assert.Throws<ImageRejectedException>(() => Renderer().Render(jpeg.AsSpan(0, jpeg.Length / 2), VariantFormat.All, []));

        Assert.Equal("The image is truncated.", rejected.Message);
    }

    [Fact]
    public void A_header_claiming_huge_dimensions_is_rejected_before_decoding()
    {
        var rejected = Assert.Throws<ImageRejectedException>(() => Renderer().Render(TestImages.PngClaiming(40_000, 40_000), VariantFormat.All, []));

        Assert.StartsWith("The image is 40000×40000", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_upload_is_rejected() =>
        Assert.Equal("The image is empty.", Assert.Throws<ImageRejectedException>(() => Renderer().Render([], VariantFormat.All, [])).Message);
}
