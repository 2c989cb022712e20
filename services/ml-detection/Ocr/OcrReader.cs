using System.Diagnostics;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Imaging;
using AdFlux.MlDetection.Models;
using SkiaSharp;

namespace AdFlux.MlDetection.Ocr;

/// <summary>
/// PP-OCRv4: text regions from the detection model, each region's upright orientation from the
/// angle classifier, then its text from the recogniser. PaddleOCR's models were trained on
/// OpenCV's BGR images, so channels go in B, G, R order.
/// </summary>
public sealed class OcrReader(ModelCatalog catalog, InferenceGate gate)
{
    public const string DetectionModel = "ppocr-det";
    public const string RecognitionModel = "ppocr-rec";
    public const string AngleModel = "ppocr-cls";
    public const int MaxSide = 960;
    public const int LineHeight = 48;
    private static readonly float[] ImageNetMean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] ImageNetStd = [0.229f, 0.224f, 0.225f];
    private static readonly float[] Half = [0.5f, 0.5f, 0.5f];

    public async Task<DetectionResult> ReadAsync(SKBitmap image, float boxThreshold, CancellationToken cancellationToken)
    {
        var detector = catalog.Require(DetectionModel);
        var recogniser = catalog.Require(RecognitionModel);
        var angle = catalog.Require(AngleModel);
        double preprocess = 0, inference = 0, postprocess = 0;

        var started = Stopwatch.GetTimestamp();
        var scale = Math.Min(1f, (float)MaxSide / Math.Max(image.Width, image.Height));
        var width = Math.Max(32, (int)Math.Round(image.Width * scale / 32) * 32);
        var height = Math.Max(32, (int)Math.Round(image.Height * scale / 32) * 32);
        var (resized, placement) = ImageTensor.Stretch(image, width, height);
        float[] tensor;
        using (resized)
        {
            tensor = ImageTensor.ToChw(resized, ImageNetMean, ImageNetStd, bgr: true);
        }
        preprocess += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var (map, ms) = await gate.RunAsync(catalog.Session(detector), tensor, [1, 3, height, width], cancellationToken);
        inference += ms;

        started = Stopwatch.GetTimestamp();
        var regions = TextRegions.Find(map.Values.First().Data, width, height, boxThreshold)
            .Select(r => (Box: PixelBox.FromCorners(
                placement.ToSourceX(r.Box.X), placement.ToSourceY(r.Box.Y),
                placement.ToSourceX(r.Box.Right), placement.ToSourceY(r.Box.Bottom)).ClampTo(image.Width, image.Height), r.Score))
            .Where(r => r.Box.Width >= 2 && r.Box.Height >= 2)
            .OrderBy(r => r.Box.Y).ThenBy(r => r.Box.X)
            .ToList();
        postprocess += Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var findings = new List<Finding>();
        foreach (var (box, score) in regions)
        {
            started = Stopwatch.GetTimestamp();
            using var line = Crop(image, box);
            var (angleInput, angleWidth) = LineTensor(line, 192);
            preprocess += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var (angleOut, angleMs) = await gate.RunAsync(catalog.Session(angle), angleInput, [1, 3, LineHeight, angleWidth], cancellationToken);
            inference += angleMs;
            var turns = angleOut.Values.First().Data;
            var upsideDown = turns[1] > turns[0] && turns[1] > 0.9f;

            started = Stopwatch.GetTimestamp();
            using var upright = upsideDown ? Rotate180(line) : null;
            var lineWidth = Math.Clamp((int)Math.Ceiling(LineHeight * (float)line.Width / line.Height), 16, LineHeight * 40);
            var (textInput, textWidth) = LineTensor(upright ?? line, lineWidth);
            preprocess += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var (textOut, textMs) = await gate.RunAsync(catalog.Session(recogniser), textInput, [1, 3, LineHeight, textWidth], cancellationToken);
            inference += textMs;

            started = Stopwatch.GetTimestamp();
            var (probabilities, shape) = textOut.Values.First();
            var (text, confidence) = CtcDecoder.Decode(probabilities, (int)shape[1], (int)shape[2], recogniser.Labels);
            if (!string.IsNullOrWhiteSpace(text))
            {
                findings.Add(new Finding("text", confidence * score, box, 0, text.Trim()));
            }
            postprocess += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return new DetectionResult(findings, preprocess, inference, postprocess);
    }

    private static SKBitmap Crop(SKBitmap image, PixelBox box)
    {
        var rect = SKRectI.Round(new SKRect(box.X, box.Y, box.Right, box.Bottom));
        var crop = new SKBitmap(new SKImageInfo(Math.Max(1, rect.Width), Math.Max(1, rect.Height), SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var canvas = new SKCanvas(crop);
        using var source = SKImage.FromBitmap(image);
        canvas.DrawImage(source, rect, new SKRect(0, 0, crop.Width, crop.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        return crop;
    }

    private static SKBitmap Rotate180(SKBitmap line)
    {
        var rotated = new SKBitmap(line.Info);
        using var canvas = new SKCanvas(rotated);
        canvas.RotateDegrees(180, line.Width / 2f, line.Height / 2f);
        using var image = SKImage.FromBitmap(line);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest, SKMipmapMode.None));
        return rotated;
    }

    /// <summary>The line scaled to 48 px high, at most <paramref name="maxWidth"/> wide, right-padded with zeros after normalising.</summary>
    private static (float[] Tensor, int Width) LineTensor(SKBitmap line, int maxWidth)
    {
        var width = Math.Clamp((int)Math.Ceiling(LineHeight * (float)line.Width / line.Height), 1, maxWidth);
        using var scaled = line.Resize(new SKImageInfo(width, LineHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None))
            ?? throw new InvalidOperationException("resize failed");
        var chw = ImageTensor.ToChw(scaled, Half, Half, bgr: true);
        if (width == maxWidth)
        {
            return (chw, width);
        }
        var padded = new float[3 * LineHeight * maxWidth];
        for (var c = 0; c < 3; c++)
        {
            for (var y = 0; y < LineHeight; y++)
            {
                Array.Copy(chw, (c * LineHeight + y) * width, padded, (c * LineHeight + y) * maxWidth, width);
            }
        }
        return (padded, maxWidth);
    }
}
