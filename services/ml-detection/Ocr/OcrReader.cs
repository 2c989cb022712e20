using System.Diagnostics;
using System.Drawing;
using System.Runtime.InteropServices;
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
            .Select(r => (Quad: r.Quad.Map(p => new PointF(
                Math.Clamp(placement.ToSourceX(p.X), 0, image.Width), Math.Clamp(placement.ToSourceY(p.Y), 0, image.Height))), r.Score))
            .Where(r => r.Quad.Width >= 2 && r.Quad.Height >= 2)
            .OrderBy(r => r.Quad.Bounds().Y).ThenBy(r => r.Quad.Bounds().X)
            .ToList();
        postprocess += Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var findings = new List<Finding>();
        foreach (var (quad, score) in regions)
        {
            started = Stopwatch.GetTimestamp();
            // As PaddleOCR: the region cut out along its own axes; a crop 1.5× taller than wide is a
            // vertical line, turned a quarter anticlockwise; the angle classifier then says whether
            // the line is upside down.
            using var cut = Crop(image, quad);
            var quarter = cut.Height >= 1.5f * cut.Width;
            using var turned = quarter ? RotateQuarter(cut) : null;
            var line = turned ?? cut;
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
                var reading = quad.Turned((quarter ? 1 : 0) + (upsideDown ? 2 : 0));
                findings.Add(new Finding("text", confidence * score, quad.Bounds().ClampTo(image.Width, image.Height), 0, text.Trim(), reading));
            }
            postprocess += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return new DetectionResult(findings, preprocess, inference, postprocess);
    }

    /// <summary>The quad's pixels as an upright rectangle: corner 0 at the origin, 0→1 along x, 0→3 along y.</summary>
    private static SKBitmap Crop(SKBitmap image, Quad quad)
    {
        var width = Math.Max(1, (int)MathF.Ceiling(Math.Max(quad.Width, Distance(quad.BottomLeft, quad.BottomRight))));
        var height = Math.Max(1, (int)MathF.Ceiling(Math.Max(quad.Height, Distance(quad.TopRight, quad.BottomRight))));
        // The origin on a whole pixel: an upright line is then copied, not resampled half a pixel off (which blurs away the gaps between words).
        var shift = new PointF(MathF.Round(quad.TopLeft.X) - quad.TopLeft.X, MathF.Round(quad.TopLeft.Y) - quad.TopLeft.Y);
        var (p0, p1, p3) = (Add(quad.TopLeft, shift), Add(quad.TopRight, shift), Add(quad.BottomLeft, shift));
        var toSource = new SKMatrix(
            (p1.X - p0.X) / width, (p3.X - p0.X) / height, p0.X,
            (p1.Y - p0.Y) / width, (p3.Y - p0.Y) / height, p0.Y,
            0, 0, 1);
        var crop = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var canvas = new SKCanvas(crop);
        canvas.Clear(SKColors.White);
        if (toSource.TryInvert(out var toCrop))
        {
            canvas.SetMatrix(toCrop);
            using var source = SKImage.FromBitmap(image);
            canvas.DrawImage(source, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        }
        return crop;
    }

    private static PointF Add(PointF a, PointF b) => new(a.X + b.X, a.Y + b.Y);

    private static float Distance(PointF a, PointF b) => MathF.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>A quarter turn anticlockwise (numpy's rot90): the top-right corner becomes the top-left.</summary>
    private static SKBitmap RotateQuarter(SKBitmap line)
    {
        var rotated = new SKBitmap(new SKImageInfo(line.Height, line.Width, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var from = MemoryMarshal.Cast<byte, int>(line.GetPixelSpan());
        var to = new int[rotated.Width * rotated.Height];
        for (var row = 0; row < rotated.Height; row++)
        {
            for (var column = 0; column < rotated.Width; column++)
            {
                to[row * rotated.Width + column] = from[column * line.Width + (line.Width - 1 - row)];
            }
        }
        Marshal.Copy(to, 0, rotated.GetPixels(), to.Length);
        return rotated;
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
