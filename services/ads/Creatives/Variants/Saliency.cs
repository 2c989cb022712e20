using SkiaSharp;

namespace AdFlux.Ads.Creatives.Variants;

/// <summary>
/// Where the detail is: gradient energy per column and per row of a coarse grid sampled from the
/// source (edges and texture score high, flat sky and walls low). Cheap — a few thousand pixel
/// reads — so it costs little beside the resize it steers.
/// </summary>
public sealed class Saliency
{
    private const int GridLongSide = 96;

    private Saliency(double[] columns, double[] rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Energy per grid column, left to right, spanning the source's width.</summary>
    public double[] Columns { get; }

    /// <summary>Energy per grid row, top to bottom, spanning the source's height.</summary>
    public double[] Rows { get; }

    public static Saliency Of(SKBitmap bitmap)
    {
        var scale = (double)GridLongSide / Math.Max(bitmap.Width, bitmap.Height);
        var gw = Math.Max(2, (int)Math.Round(bitmap.Width * scale));
        var gh = Math.Max(2, (int)Math.Round(bitmap.Height * scale));
        var pixels = bitmap.GetPixelSpan();
        var stride = bitmap.RowBytes;
        var bpp = bitmap.BytesPerPixel;
        var luma = new double[gw, gh];
        for (var gy = 0; gy < gh; gy++)
        {
            var y = (int)((gy + 0.5) * bitmap.Height / gh);
            for (var gx = 0; gx < gw; gx++)
            {
                var offset = y * stride + (int)((gx + 0.5) * bitmap.Width / gw) * bpp;
                // Rgba8888 or Bgra8888: the green channel sits at +1 either way and carries most of the luma.
                luma[gx, gy] = 0.25 * pixels[offset] + 0.5 * pixels[offset + 1] + 0.25 * pixels[offset + 2];
            }
        }
        var columns = new double[gw];
        var rows = new double[gh];
        for (var gy = 0; gy < gh - 1; gy++)
        {
            for (var gx = 0; gx < gw - 1; gx++)
            {
                var energy = Math.Abs(luma[gx + 1, gy] - luma[gx, gy]) + Math.Abs(luma[gx, gy + 1] - luma[gx, gy]);
                columns[gx] += energy;
                rows[gy] += energy;
            }
        }
        return new Saliency(columns, rows);
    }

    /// <summary>
    /// The start (in source pixels) of the window of <paramref name="length"/> along an axis of
    /// <paramref name="total"/> pixels holding the most energy; the centred window unless another
    /// holds clearly more (10 %), so flat images stay centred.
    /// </summary>
    public static int BestStart(double[] energy, int total, int length)
    {
        var cells = energy.Length;
        var window = Math.Clamp((int)Math.Round((double)length / total * cells), 1, cells);
        var sums = new double[cells - window + 1];
        for (var start = 0; start < sums.Length; start++)
        {
            for (var i = start; i < start + window; i++)
            {
                sums[start] += energy[i];
            }
        }
        var centre = sums.Length / 2;
        var best = centre;
        for (var start = 0; start < sums.Length; start++)
        {
            if (sums[start] > sums[best])
            {
                best = start;
            }
        }
        var chosen = sums[best] > sums[centre] * 1.1 ? best : centre;
        var centreOfWindow = (chosen + window / 2.0) / cells * total;
        return Math.Clamp((int)Math.Round(centreOfWindow - length / 2.0), 0, total - length);
    }
}
