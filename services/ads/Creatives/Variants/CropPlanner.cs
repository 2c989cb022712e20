namespace AdFlux.Ads.Creatives.Variants;

/// <summary>
/// Picks the largest window of the format's aspect ratio inside the source (most pixels, least
/// upscaling) and places it: around the regions of interest when given (all of them when they fit,
/// else the largest ones that fit together), else where the saliency is, else centred.
/// </summary>
public static class CropPlanner
{
    public static CropWindow Plan(int sourceWidth, int sourceHeight, VariantFormat format, IReadOnlyList<RegionOfInterest> regions, Func<Saliency>? saliency)
    {
        var aspect = (double)format.Width / format.Height;
        int width, height;
        if ((double)sourceWidth / sourceHeight > aspect)
        {
            height = sourceHeight;
            width = Math.Clamp((int)Math.Round(sourceHeight * aspect), 1, sourceWidth);
        }
        else
        {
            width = sourceWidth;
            height = Math.Clamp((int)Math.Round(sourceWidth / aspect), 1, sourceHeight);
        }
        var boxes = regions.Select(r => Clamp(r, sourceWidth, sourceHeight)).Where(b => b.Right > b.Left && b.Bottom > b.Top).ToList();
        if (boxes.Count > 0)
        {
            // Largest first, adding each box that still fits beside those kept.
            var kept = new List<Box>();
            foreach (var box in boxes.OrderByDescending(b => (b.Right - b.Left) * (b.Bottom - b.Top)))
            {
                var union = kept.Count == 0 ? box : Union(Union(kept), box);
                if (union.Right - union.Left <= width && union.Bottom - union.Top <= height)
                {
                    kept.Add(box);
                }
            }
            var focus = kept.Count > 0 ? Union(kept) : boxes.OrderByDescending(b => (b.Right - b.Left) * (b.Bottom - b.Top)).First();
            var x = Place((focus.Left + focus.Right) / 2, width, sourceWidth);
            var y = Place((focus.Top + focus.Bottom) / 2, height, sourceHeight);
            var inside = boxes.All(b => b.Left >= x && b.Right <= x + width && b.Top >= y && b.Bottom <= y + height);
            return new CropWindow(x, y, width, height, inside, inside ? "regions" : "regions-partial");
        }
        if (width == sourceWidth && height == sourceHeight)
        {
            return new CropWindow(0, 0, width, height, true, "whole");
        }
        if (saliency is null)
        {
            return new CropWindow((sourceWidth - width) / 2, (sourceHeight - height) / 2, width, height, true, "centre");
        }
        var map = saliency();
        return width < sourceWidth
            ? new CropWindow(Saliency.BestStart(map.Columns, sourceWidth, width), 0, width, height, true, "saliency")
            : new CropWindow(0, Saliency.BestStart(map.Rows, sourceHeight, height), width, height, true, "saliency");
    }

    private static int Place(double centre, int length, int total) =>
        Math.Clamp((int)Math.Round(centre - length / 2.0), 0, total - length);

    private static Box Clamp(RegionOfInterest r, int width, int height) => new(
        Math.Clamp((int)Math.Floor(r.X), 0, width), Math.Clamp((int)Math.Floor(r.Y), 0, height),
        Math.Clamp((int)Math.Ceiling(r.X + r.Width), 0, width), Math.Clamp((int)Math.Ceiling(r.Y + r.Height), 0, height));

    private static Box Union(IEnumerable<Box> boxes) => boxes.Aggregate(Union);

    private static Box Union(Box a, Box b) => new(Math.Min(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));

    private readonly record struct Box(int Left, int Top, int Right, int Bottom);
}
