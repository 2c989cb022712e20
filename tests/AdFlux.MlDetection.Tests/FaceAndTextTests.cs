using AdFlux.MlDetection.Analysis;
using AdFlux.MlDetection.Anomalies;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Faces;
using AdFlux.MlDetection.Imaging;
using AdFlux.MlDetection.Models;
using AdFlux.MlDetection.Ocr;
using AdFlux.Testing;
using SkiaSharp;

namespace AdFlux.MlDetection.Tests;

[Collection(EnginesCollection.Name)]
public sealed class FaceAndTextTests(EnginesFixture engines)
{
    private async Task<IReadOnlyList<Finding>> FacesAsync(byte[] photo)
    {
        using var image = engines.Decode(photo);
        var model = engines.Get<ModelCatalog>().Require(FaceDetector.DefaultModel);
        return (await engines.Get<FaceDetector>().DetectAsync(image, model, new DetectionThresholds(0.75f, 0.3f), CancellationToken.None)).Findings;
    }

    private async Task<IReadOnlyList<Finding>> ReadAsync(byte[] png)
    {
        using var image = engines.Decode(png);
        return (await engines.Get<OcrReader>().ReadAsync(image, 0.6f, CancellationToken.None)).Findings;
    }

    private static string Squash(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    [Fact]
    public async Task BlazeFace_finds_the_one_face_in_scikit_images_astronaut_where_it_is()
    {
        var faces = await FacesAsync(await DebianPhotos.AstronautAsync());

        var face = Assert.Single(faces);
        // astronaut.png is 512×512; Eileen Collins' face is around (220, 110).
        Assert.InRange(face.Box.X + face.Box.Width / 2, 170, 270);
        Assert.InRange(face.Box.Y + face.Box.Height / 2, 60, 160);
        Assert.InRange(face.Box.Width, 50, 180);
    }

    [Fact]
    public async Task A_jpeg_is_decoded_only_as_large_as_the_model_needs_and_the_face_is_still_reported_in_source_pixels()
    {
        using var png = engines.Decode(await DebianPhotos.AstronautAsync());
        using var pixels = SKImage.FromBitmap(png);
        using var encoded = pixels.Encode(SKEncodedImageFormat.Jpeg, 92);
        var jpeg = encoded.ToArray();
        var decoder = engines.Get<ImageDecoder>();
        var model = engines.Get<ModelCatalog>().Require(FaceDetector.DefaultModel);
        var analyzer = new ImageAnalyzer(decoder, engines.Get<ModelCatalog>(), engines.Get<ObjectDetector>(), engines.Get<FaceDetector>(), engines.Get<OcrReader>(), engines.Get<InferenceGate>());

        var (small, source) = decoder.Decode(jpeg, "image", size => FaceDetector.Needs(model, size));
        using (small)
        {
            // 512×512 into BlazeFace's 256 input: decoded at 4/8 in the DCT, not at full size.
            Assert.Equal((256, 256), (small.Width, small.Height));
            Assert.Equal((512, 512), (source.Width, source.Height));
        }
        var fromJpeg = await analyzer.AnalyzeAsync(AnalysisKind.Faces, jpeg, "image", model, new DetectionThresholds(0.75f, 0.3f), CancellationToken.None);
        var fromPng = Assert.Single(await FacesAsync(await DebianPhotos.AstronautAsync()));

        Assert.Equal((512, 512), (fromJpeg.Width, fromJpeg.Height));
        Assert.True(Assert.Single(fromJpeg.Findings).Box.IoU(fromPng.Box) > 0.8, $"{fromJpeg.Findings[0].Box} vs {fromPng.Box}");
    }

    [Fact]
    public async Task BlazeFace_finds_no_face_in_a_brick_wall_or_a_blank_image()
    {
        Assert.Empty(await FacesAsync(await DebianPhotos.BrickAsync()));
        Assert.Empty(await FacesAsync(TestImages.Blank()));
    }

    [Fact]
    public async Task OCR_reads_rendered_lines_back_in_reading_order_at_the_places_they_were_drawn()
    {
        var png = TestImages.Text(800, 300, ("ADFLUX SPRING CAMPAIGN", 40, 80, 40), ("Stream the new single 2026", 40, 200, 36));

        var lines = await ReadAsync(png);

        Assert.Equal(2, lines.Count);
        Assert.Equal("ADFLUXSPRINGCAMPAIGN", Squash(lines[0].Text!));
        Assert.Equal("STREAMTHENEWSINGLE2026", Squash(lines[1].Text!));
        Assert.InRange(lines[0].Box.Y, 30, 60);
        Assert.InRange(lines[0].Box.Bottom, 80, 110);
        Assert.InRange(lines[1].Box.Y, 150, 185);
        Assert.InRange(lines[0].Box.X, 20, 50);
    }

    [Theory]
    [InlineData(90f)]
    [InlineData(180f)]
    [InlineData(-90f)]
    [InlineData(-25f)]
    [InlineData(12f)]
    public async Task OCR_reads_text_rendered_at_an_angle_and_returns_its_oriented_box_in_reading_order(float degrees)
    {
        var png = TestImages.RotatedText(700, 700, "Your account is restricted", 34, degrees);

        var line = Assert.Single(await ReadAsync(png));

        Assert.Contains("restricted", line.Text, StringComparison.OrdinalIgnoreCase);
        var quad = Assert.NotNull(line.Quad);
        var turn = Math.Abs(((quad.Angle - degrees) % 360 + 540) % 360 - 180);
        Assert.True(turn < 4, $"reading direction {quad.Angle}° for text turned {degrees}°");
        // The line is ~480 px long and ~40 px high whatever its angle; the box is centred where it was drawn.
        Assert.InRange(quad.Width, 420, 560);
        Assert.InRange(quad.Height, 28, 70);
        var centreX = (quad.TopLeft.X + quad.BottomRight.X) / 2;
        var centreY = (quad.TopLeft.Y + quad.BottomRight.Y) / 2;
        Assert.InRange(centreX, 330, 370);
        Assert.InRange(centreY, 330, 370);
    }

    [Fact]
    public async Task OCR_finds_no_text_in_a_blank_image()
    {
        Assert.Empty(await ReadAsync(TestImages.Blank()));
    }

    [Fact]
    public async Task Rendered_english_and_spanish_notices_match_the_anomaly_rules_with_their_location()
    {
        var english = await ReadAsync(TestImages.Text(900, 260,
            ("Your account is restricted", 30, 70, 36), ("Posts are not eligible for recommendations", 30, 170, 32)));
        var spanish = await ReadAsync(TestImages.Text(900, 260,
            ("Tu cuenta está restringida", 30, 70, 36), ("Este video no es apto para recomendaciones", 30, 170, 32)));
        var harmless = await ReadAsync(TestImages.Text(900, 160, ("Your account is growing fast", 30, 90, 36)));

        var en = AnomalyRules.Match(english);
        var es = AnomalyRules.Match(spanish);

        Assert.Equal(["account-restricted", "not-recommendable"], en.Select(m => m.Kind).Order());
        Assert.All(en, m => Assert.Equal("en", m.Language));
        Assert.Equal(["account-restricted", "not-recommendable"], es.Select(m => m.Kind).Order());
        Assert.All(es, m => Assert.Equal("es", m.Language));
        var restricted = en.Single(m => m.Kind == "account-restricted");
        Assert.Contains("restricted", restricted.MatchedText);
        Assert.InRange(restricted.Box.Y, 20, 60);
        Assert.InRange(es.Single(m => m.Kind == "not-recommendable").Box.Y, 110, 160);
        Assert.Empty(AnomalyRules.Match(harmless));
    }

    [Fact]
    public void Rules_match_across_wrapped_lines_and_ignore_accents_case_and_punctuation()
    {
        Finding Line(string text, float y) => new("text", 0.9f, new PixelBox(10, y, 300, 30), 0, text);

        var wrapped = AnomalyRules.Match([Line("Your reach", 10), Line("dropped by 80 %!", 50)]);
        var accented = AnomalyRules.Match([Line("TU CUENTA ESTÁ RESTRINGIDA.", 10)]);

        var drop = Assert.Single(wrapped);
        Assert.Equal("reach-drop", drop.Kind);
        Assert.Equal(new PixelBox(10, 10, 300, 70), drop.Box);
        Assert.Equal("account-restricted", Assert.Single(accented).Kind);
    }
}
