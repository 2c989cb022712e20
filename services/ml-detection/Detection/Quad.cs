using System.Drawing;

namespace AdFlux.MlDetection.Detection;

/// <summary>
/// An oriented box in source pixels, corners in reading order: the text's top-left, top-right,
/// bottom-right, bottom-left as the text is read (so upside-down text starts at the image's
/// bottom right). <see cref="Angle"/> is the reading direction in degrees, clockwise from +x
/// (image y points down): 0 upright, 90 reading downwards, ±180 upside down.
/// </summary>
public readonly record struct Quad(PointF TopLeft, PointF TopRight, PointF BottomRight, PointF BottomLeft)
{
    public float Angle => MathF.Round(MathF.Atan2(TopRight.Y - TopLeft.Y, TopRight.X - TopLeft.X) * 180 / MathF.PI, 1);

    public float Width => Distance(TopLeft, TopRight);

    public float Height => Distance(TopLeft, BottomLeft);

    public PointF this[int i] => (i & 3) switch { 0 => TopLeft, 1 => TopRight, 2 => BottomRight, _ => BottomLeft };

    /// <summary>The same corners starting <paramref name="turns"/> corners later: the reading order after the crop was turned by 90° × turns anticlockwise.</summary>
    public Quad Turned(int turns) => new(this[turns], this[turns + 1], this[turns + 2], this[turns + 3]);

    public Quad Map(Func<PointF, PointF> map) => new(map(TopLeft), map(TopRight), map(BottomRight), map(BottomLeft));

    /// <summary>The axis-aligned box around the corners.</summary>
    public PixelBox Bounds()
    {
        var xs = new[] { TopLeft.X, TopRight.X, BottomRight.X, BottomLeft.X };
        var ys = new[] { TopLeft.Y, TopRight.Y, BottomRight.Y, BottomLeft.Y };
        return PixelBox.FromCorners(xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    private static float Distance(PointF a, PointF b) => MathF.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
