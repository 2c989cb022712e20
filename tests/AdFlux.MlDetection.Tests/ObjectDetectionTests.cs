using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Models;
using AdFlux.Testing;
using SkiaSharp;

namespace AdFlux.MlDetection.Tests;

[Collection(EnginesCollection.Name)]
public sealed class ObjectDetectionTests(EnginesFixture engines)
{
    private static readonly DetectionThresholds Defaults = new(0.35f, 0.5f);

    private async Task<IReadOnlyList<Finding>> DetectAsync(byte[] photo)
    {
        using var image = engines.Decode(photo);
        var model = engines.Get<ModelCatalog>().Require(ObjectDetector.DefaultModel);
        var result = await engines.Get<ObjectDetector>().DetectAsync(image, model, Defaults, CancellationToken.None);
        return result.Findings;
    }

    [Fact]
    public async Task NanoDet_finds_the_dog_and_the_bicycle_in_darknets_dog_photo_where_they_are()
    {
        var findings = await DetectAsync(await DebianPhotos.DogAsync());

        var dog = Assert.Single(findings, f => f.Label == "dog");
        Assert.Contains(findings, f => f.Label == "bicycle");
        // dog.jpg is 768×576 with the dog in the lower left quarter.
        Assert.InRange(dog.Box.X + dog.Box.Width / 2, 100, 350);
        Assert.InRange(dog.Box.Y + dog.Box.Height / 2, 300, 500);
        Assert.True(dog.Confidence > 0.35f, $"dog at {dog.Confidence}");
    }

    [Fact]
    public async Task NanoDet_finds_horses_and_a_person_in_real_photos()
    {
        var horses = await DetectAsync(await DebianPhotos.HorsesAsync());
        var person = await DetectAsync(await DebianPhotos.PersonAsync());

        Assert.True(horses.Count(f => f.Label == "horse") >= 2, string.Join(", ", horses.Select(f => $"{f.Label} {f.Confidence:F2}")));
        Assert.Contains(person, f => f.Label == "person");
        Assert.Contains(person, f => f.Label == "horse");
    }

    [Fact]
    public async Task NanoDet_finds_nothing_in_a_blank_image()
    {
        using var blank = new SKBitmap(640, 480);
        blank.Erase(SKColors.White);
        using var png = SKImage.FromBitmap(blank).Encode(SKEncodedImageFormat.Png, 100);

        var findings = await DetectAsync(png.ToArray());

        Assert.Empty(findings);
    }
}
