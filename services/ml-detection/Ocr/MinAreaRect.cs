using System.Drawing;
using AdFlux.MlDetection.Detection;

namespace AdFlux.MlDetection.Ocr;

/// <summary>
/// The smallest rotated rectangle around a set of points (convex hull, then rotating calipers: the
/// best rectangle has a side on a hull edge), with corners ordered as PaddleOCR's get_mini_boxes:
/// of the two leftmost corners the upper is first and the lower last, of the two rightmost the
/// upper second and the lower third.
/// </summary>
public static class MinAreaRect
{
    public static Quad Of(IReadOnlyList<PointF> points)
    {
        var hull = Hull(points);
        if (hull.Count < 3)
        {
            var box = PixelBox.FromCorners(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
            return new Quad(new(box.X, box.Y), new(box.Right, box.Y), new(box.Right, box.Bottom), new(box.X, box.Bottom));
        }
        var best = (Area: double.MaxValue, Corners: Array.Empty<PointF>());
        for (var i = 0; i < hull.Count; i++)
        {
            var a = hull[i];
            var b = hull[(i + 1) % hull.Count];
            var length = Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
            if (length == 0)
            {
                continue;
            }
            double ux = (b.X - a.X) / length, uy = (b.Y - a.Y) / length;
            double minU = double.MaxValue, maxU = double.MinValue, minV = double.MaxValue, maxV = double.MinValue;
            foreach (var p in hull)
            {
                var u = p.X * ux + p.Y * uy;
                var v = -p.X * uy + p.Y * ux;
                (minU, maxU, minV, maxV) = (Math.Min(minU, u), Math.Max(maxU, u), Math.Min(minV, v), Math.Max(maxV, v));
            }
            var area = (maxU - minU) * (maxV - minV);
            if (area < best.Area)
            {
                PointF Corner(double u, double v) => new((float)(u * ux - v * uy), (float)(u * uy + v * ux));
                best = (area, [Corner(minU, minV), Corner(maxU, minV), Corner(maxU, maxV), Corner(minU, maxV)]);
            }
        }
        var byX = best.Corners.OrderBy(p => p.X).ThenBy(p => p.Y).ToArray();
        var (left1, left2) = byX[0].Y <= byX[1].Y ? (byX[0], byX[1]) : (byX[1], byX[0]);
        var (right1, right2) = byX[2].Y <= byX[3].Y ? (byX[2], byX[3]) : (byX[3], byX[2]);
        return new Quad(left1, right1, right2, left2);
    }

    /// <summary>The rectangle grown by <paramref name="distance"/> on every side.</summary>
    public static Quad Grow(Quad quad, float distance)
    {
        var (ax, ay) = Unit(quad.TopLeft, quad.TopRight);
        var (bx, by) = Unit(quad.TopLeft, quad.BottomLeft);
        PointF Move(PointF p, float sx, float sy) => new(p.X + distance * (sx * ax + sy * bx), p.Y + distance * (sx * ay + sy * by));
        return new Quad(Move(quad.TopLeft, -1, -1), Move(quad.TopRight, 1, -1), Move(quad.BottomRight, 1, 1), Move(quad.BottomLeft, -1, 1));
    }

    private static (float X, float Y) Unit(PointF from, PointF to)
    {
        var length = MathF.Sqrt((to.X - from.X) * (to.X - from.X) + (to.Y - from.Y) * (to.Y - from.Y));
        return length == 0 ? (0, 0) : ((to.X - from.X) / length, (to.Y - from.Y) / length);
    }

    /// <summary>Andrew's monotone chain, anticlockwise, without collinear points.</summary>
    private static List<PointF> Hull(IReadOnlyList<PointF> points)
    {
        var sorted = points.Distinct().OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        if (sorted.Count < 3)
        {
            return sorted;
        }
        var hull = new List<PointF>(2 * sorted.Count);
        static double Cross(PointF o, PointF a, PointF b) => (a.X - o.X) * (double)(b.Y - o.Y) - (a.Y - o.Y) * (double)(b.X - o.X);
        foreach (var p in sorted)
        {
            while (hull.Count >= 2 && Cross(hull[^2], hull[^1], p) <= 0)
            {
                hull.RemoveAt(hull.Count - 1);
            }
            hull.Add(p);
        }
        var lower = hull.Count + 1;
        for (var i = sorted.Count - 2; i >= 0; i--)
        {
            while (hull.Count >= lower && Cross(hull[^2], hull[^1], sorted[i]) <= 0)
            {
                hull.RemoveAt(hull.Count - 1);
            }
            hull.Add(sorted[i]);
        }
        hull.RemoveAt(hull.Count - 1);
        return hull;
    }
}
