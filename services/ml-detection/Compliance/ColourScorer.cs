using System.Globalization;
using SkiaSharp;

namespace AdFlux.MlDetection.Compliance;

/// <summary>
/// Colour: the image's pixels (sampled on a grid, grouped into 4-bit-per-channel bins) against
/// the palette in CIELAB. A bin within MaxDeltaE of its nearest palette colour counts fully,
/// credit falls linearly to nothing at three times that distance; the score is the pixel-weighted mean.
/// </summary>
public static class ColourScorer
{
    public const double DefaultMaxDeltaE = 10;

    public static CompliancePart Score(SKBitmap image, IReadOnlyList<SKColor> palette, double maxDeltaE)
    {
        if (palette.Count == 0)
        {
            return new CompliancePart("colour", 0.25, 1, "No palette given; colour not checked.");
        }
        var targets = palette.Select(c => Cielab.FromRgb(c.Red, c.Green, c.Blue)).ToList();
        var bins = new Dictionary<int, (long Count, long R, long G, long B)>();
        var pixels = image.GetPixelSpan();
        var step = Math.Max(1, (int)Math.Sqrt((double)image.Width * image.Height / 40_000));
        for (var y = 0; y < image.Height; y += step)
        {
            for (var x = 0; x < image.Width; x += step)
            {
                var p = (y * image.Width + x) * 4;
                var (r, g, b) = (pixels[p], pixels[p + 1], pixels[p + 2]);
                var key = (r >> 4) << 8 | (g >> 4) << 4 | b >> 4;
                var bin = bins.GetValueOrDefault(key);
                bins[key] = (bin.Count + 1, bin.R + r, bin.G + g, bin.B + b);
            }
        }
        double total = bins.Values.Sum(b => b.Count), credit = 0, within = 0;
        var worst = (Share: 0.0, Colour: "", DeltaE: 0.0);
        foreach (var bin in bins.Values)
        {
            var (r, g, b) = ((byte)(bin.R / bin.Count), (byte)(bin.G / bin.Count), (byte)(bin.B / bin.Count));
            var deltaE = targets.Min(t => t.DeltaE(Cielab.FromRgb(r, g, b)));
            var share = bin.Count / total;
            credit += share * Math.Clamp(1 - (deltaE - maxDeltaE) / (2 * maxDeltaE), 0, 1);
            if (deltaE <= maxDeltaE)
            {
                within += share;
            }
            else if (share > worst.Share)
            {
                worst = (share, $"#{r:x2}{g:x2}{b:x2}", deltaE);
            }
        }
        var reason = string.Create(CultureInfo.InvariantCulture, $"{within:P0} of the image is within ΔE {maxDeltaE:0.#} of the palette");
        if (worst.Share > 0)
        {
            reason += string.Create(CultureInfo.InvariantCulture, $"; the largest off-palette colour is {worst.Colour} ({worst.Share:P0} of the image, ΔE {worst.DeltaE:0.#} from the nearest palette colour)");
        }
        return new CompliancePart("colour", 0.25, Math.Round(credit, 4), reason + ".");
    }
}
