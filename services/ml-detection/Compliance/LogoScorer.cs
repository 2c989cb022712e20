using System.Globalization;
using AdFlux.MlDetection.Detection;
using SkiaSharp;

namespace AdFlux.MlDetection.Compliance;

/// <summary>
/// Logo: the brand's logo searched at several sizes by normalised cross-correlation of grey
/// levels (on a copy of the image at most 256 px wide). Found (correlation ≥ 0.8) earns half;
/// the other half needs the minimum width and clear space (no text within a quarter of the
/// logo's size around it).
/// </summary>
public static class LogoScorer
{
    public const double Found = 0.8;
    private const int SearchWidth = 256;

    public static (CompliancePart Part, PixelBox? Box) Score(SKBitmap image, SKBitmap? logo, double minWidthRatio, IReadOnlyList<Finding> text)
    {
        if (logo is null)
        {
            return (new CompliancePart("logo", 0.30, 1, "No logo given; logo not checked."), null);
        }
        var scale = Math.Min(1f, (float)SearchWidth / image.Width);
        var (gray, w, h) = Gray(image, Math.Max(1, (int)(image.Width * scale)), Math.Max(1, (int)(image.Height * scale)));
        var best = (Score: -1.0, X: 0, Y: 0, W: 0, H: 0);
        foreach (var fraction in new[] { 0.08, 0.12, 0.16, 0.22, 0.3, 0.4, 0.55 })
        {
            var tw = (int)Math.Round(w * fraction);
            var th = (int)Math.Round(tw * (double)logo.Height / logo.Width);
            if (tw < 6 || th < 6 || tw > w || th > h)
            {
                continue;
            }
            var (template, _, _) = Gray(logo, tw, th);
            var match = Match(gray, w, h, template, tw, th);
            if (match.Score > best.Score)
            {
                best = (match.Score, match.X, match.Y, tw, th);
            }
        }
        if (best.Score < Found)
        {
            return (new CompliancePart("logo", 0.30, 0, string.Create(CultureInfo.InvariantCulture,
                $"The logo was not found (best match {Math.Max(0, best.Score):0.00}, needs {Found:0.00}).")), null);
        }
        var box = new PixelBox(best.X / scale, best.Y / scale, best.W / scale, best.H / scale);
        var widthRatio = box.Width / image.Width;
        var margin = Math.Max(box.Width, box.Height) * 0.25f;
        var clearZone = PixelBox.FromCorners(box.X - margin, box.Y - margin, box.Right + margin, box.Bottom + margin);
        var crowding = text.Where(t => t.Box.IoU(clearZone) > 0 && t.Box.IoU(box) < 0.5).ToList();
        var score = 0.5 + (widthRatio >= minWidthRatio ? 0.25 : 0.25 * widthRatio / minWidthRatio) + (crowding.Count == 0 ? 0.25 : 0);
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"Logo found at ({box.X:0}, {box.Y:0}) with match {best.Score:0.00}, {widthRatio:P0} of the width (minimum {minWidthRatio:P0})");
        reason += crowding.Count == 0 ? "; its clear space is free." : $"; {crowding.Count} text line(s) intrude on its clear space.";
        return (new CompliancePart("logo", 0.30, Math.Round(score, 4), reason), box);
    }

    private static (float[] Gray, int Width, int Height) Gray(SKBitmap source, int width, int height)
    {
        using var resized = source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
            ?? throw new InvalidOperationException("resize failed");
        var pixels = resized.GetPixelSpan();
        var gray = new float[width * height];
        for (var i = 0; i < gray.Length; i++)
        {
            var alpha = pixels[i * 4 + 3] / 255f;
            // Transparent logo pixels are compared as white, the usual background of a logo file.
            gray[i] = alpha * (0.299f * pixels[i * 4] + 0.587f * pixels[i * 4 + 1] + 0.114f * pixels[i * 4 + 2]) + (1 - alpha) * 255f;
        }
        return (gray, width, height);
    }

    private static (double Score, int X, int Y) Match(float[] image, int w, int h, float[] template, int tw, int th)
    {
        var mean = template.Average();
        var centred = template.Select(v => v - mean).ToArray();
        var norm = Math.Sqrt(centred.Sum(v => (double)v * v));
        var best = (Score: -1.0, X: 0, Y: 0);
        if (norm < 1e-3)
        {
            return best;
        }
        for (var y = 0; y + th <= h; y += 2)
        {
            for (var x = 0; x + tw <= w; x += 2)
            {
                double sum = 0, sumSq = 0, cross = 0;
                for (var ty = 0; ty < th; ty++)
                {
                    var row = (y + ty) * w + x;
                    var trow = ty * tw;
                    for (var tx = 0; tx < tw; tx++)
                    {
                        var v = image[row + tx];
                        sum += v;
                        sumSq += v * v;
                        cross += v * centred[trow + tx];
                    }
                }
                var n = tw * th;
                var variance = sumSq - sum * sum / n;
                if (variance < 1e-3)
                {
                    continue;
                }
                var score = cross / (Math.Sqrt(variance) * norm);
                if (score > best.Score)
                {
                    best = (score, x, y);
                }
            }
        }
        return best;
    }
}
