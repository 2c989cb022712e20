namespace AdFlux.MlDetection.Detection;

/// <summary>An axis-aligned box in source-image pixels (top-left corner, width, height).</summary>
public readonly record struct PixelBox(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;

    public float Bottom => Y + Height;

    public float Area => Math.Max(0, Width) * Math.Max(0, Height);

    public static PixelBox FromCorners(float x1, float y1, float x2, float y2) => new(x1, y1, x2 - x1, y2 - y1);

    public PixelBox ClampTo(int width, int height)
    {
        var x1 = Math.Clamp(X, 0, width);
        var y1 = Math.Clamp(Y, 0, height);
        return FromCorners(x1, y1, Math.Clamp(Right, 0, width), Math.Clamp(Bottom, 0, height));
    }

    public float IoU(PixelBox other)
    {
        var w = Math.Min(Right, other.Right) - Math.Max(X, other.X);
        var h = Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);
        if (w <= 0 || h <= 0)
        {
            return 0;
        }
        var inner = w * h;
        return inner / (Area + other.Area - inner);
    }
}
