using System.Globalization;
using AdFlux.MlDetection.Detection;
using SkiaSharp;

namespace AdFlux.MlDetection.Compliance;

/// <summary>
/// Typography: each OCR'd line must be tall enough (its box height against the image height)
/// and readable: the WCAG 2 contrast ratio between its ink (the luminance farthest from the box's
/// median, the 5th or 95th percentile) and its background (the median) must reach the minimum.
/// The score is the share of lines that pass both.
/// </summary>
public static class TypographyScorer
{
    public const double DefaultMinHeightRatio = 0.025;
    public const double DefaultMinContrast = 4.5;

    public static CompliancePart Score(SKBitmap image, IReadOnlyList<Finding> lines, double minHeightRatio, double minContrast)
    {
        if (lines.Count == 0)
        {
            return new CompliancePart("typography", 0.20, 1, "No text found; typography not checked.");
        }
        var failures = new List<string>();
        var passed = 0;
        foreach (var line in lines)
        {
            var heightRatio = line.Box.Height / image.Height;
            var contrast = Contrast(image, line.Box);
            var problems = new List<string>();
            if (heightRatio < minHeightRatio)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{heightRatio:P1} of the height < {minHeightRatio:P1}"));
            }
            if (contrast < minContrast)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"contrast {contrast:0.0}:1 < {minContrast:0.0}:1"));
            }
            if (problems.Count == 0)
            {
                passed++;
            }
            else
            {
                failures.Add($"\"{line.Text}\" ({string.Join(", ", problems)})");
            }
        }
        var reason = failures.Count == 0
            ? $"All {lines.Count} text line(s) are tall enough and meet the contrast minimum."
            : $"{failures.Count} of {lines.Count} text line(s) fail: {string.Join("; ", failures.Take(5))}.";
        return new CompliancePart("typography", 0.20, Math.Round((double)passed / lines.Count, 4), reason);
    }

    public static double Contrast(SKBitmap image, PixelBox box)
    {
        var clamped = box.ClampTo(image.Width, image.Height);
        var pixels = image.GetPixelSpan();
        var values = new List<double>();
        for (var y = (int)clamped.Y; y < (int)clamped.Bottom; y++)
        {
            for (var x = (int)clamped.X; x < (int)clamped.Right; x++)
            {
                var p = (y * image.Width + x) * 4;
                values.Add(Cielab.Luminance(pixels[p], pixels[p + 1], pixels[p + 2]));
            }
        }
        if (values.Count == 0)
        {
            return 1;
        }
        values.Sort();
        var background = values[values.Count / 2];
        var dark = values[(int)(values.Count * 0.05)];
        var light = values[(int)(values.Count * 0.95)];
        var ink = Math.Abs(dark - background) > Math.Abs(light - background) ? dark : light;
        return Cielab.ContrastRatio(ink, background);
    }
}
