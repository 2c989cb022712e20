using System.Globalization;
using System.Text;

namespace AdFlux.Video.Reframing;

/// <summary>
/// A crop window of a fixed size moving along straight segments between <see cref="Keys"/>,
/// written for ffmpeg's <c>crop</c> filter, whose x and y are evaluated for every frame with
/// <c>t</c> the frame's time (https://ffmpeg.org/ffmpeg-filters.html#crop).
/// </summary>
public sealed class CropPath(int width, int height, IReadOnlyList<CropKey> keys)
{
    public int Width => width;

    public int Height => height;

    public IReadOnlyList<CropKey> Keys => keys;

    public (double X, double Y) PositionAt(double t)
    {
        if (t <= keys[0].T)
        {
            return (keys[0].X, keys[0].Y);
        }
        for (var i = 1; i < keys.Count; i++)
        {
            if (t <= keys[i].T)
            {
                var (a, b) = (keys[i - 1], keys[i]);
                var f = (t - a.T) / (b.T - a.T);
                return (a.X + (b.X - a.X) * f, a.Y + (b.Y - a.Y) * f);
            }
        }
        return (keys[^1].X, keys[^1].Y);
    }

    /// <summary>
    /// <c>crop=w:h:x:y</c> with x and y as a flat sum of clipped ramps, x0 + Σ slopeᵢ·clip(t−tᵢ, 0, tᵢ₊₁−tᵢ):
    /// piecewise linear without nesting, so long clips do not build deep expressions.
    /// </summary>
    public string ToCropFilter() =>
        $"crop=w={width}:h={height}:x='{Expression(k => k.X)}':y='{Expression(k => k.Y)}'";

    private string Expression(Func<CropKey, double> coordinate)
    {
        var text = new StringBuilder(N(coordinate(keys[0])));
        for (var i = 1; i < keys.Count; i++)
        {
            var (a, b) = (keys[i - 1], keys[i]);
            var span = b.T - a.T;
            var slope = (coordinate(b) - coordinate(a)) / span;
            if (Math.Abs(slope * span) < 0.05)
            {
                continue;
            }
            text.Append(slope < 0 ? '-' : '+').Append(N(Math.Abs(slope))).Append("*clip(t-").Append(N(a.T)).Append(",0,").Append(N(span)).Append(')');
        }
        return text.ToString();
    }

    private static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
