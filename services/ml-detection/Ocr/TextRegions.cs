using System.Drawing;
using AdFlux.MlDetection.Detection;

namespace AdFlux.MlDetection.Ocr;

/// <summary>
/// DB (differentiable binarisation) post-processing of PP-OCR's probability map: pixels above
/// the binary threshold form 8-connected regions; a region whose mean probability passes the box
/// threshold becomes its smallest rotated rectangle, grown by the unclip distance (area × ratio /
/// perimeter), as PaddleOCR's DBPostProcess does, so text at an angle gets an oriented box.
/// </summary>
public static class TextRegions
{
    public const float BinaryThreshold = 0.3f;
    public const float UnclipRatio = 1.6f;

    public static List<(Quad Quad, float Score)> Find(float[] map, int width, int height, float boxThreshold, int minSide = 3)
    {
        var labels = new int[map.Length];
        var regions = new List<(Quad, float)>();
        var pixels = new List<int>();
        var stack = new Stack<int>();
        var next = 0;
        for (var start = 0; start < map.Length; start++)
        {
            if (map[start] <= BinaryThreshold || labels[start] != 0)
            {
                continue;
            }
            next++;
            int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1, count = 0;
            double sum = 0;
            labels[start] = next;
            stack.Push(start);
            pixels.Clear();
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                var x = p % width;
                var y = p / width;
                minX = Math.Min(minX, x);
                maxX = Math.Max(maxX, x);
                minY = Math.Min(minY, y);
                maxY = Math.Max(maxY, y);
                sum += map[p];
                count++;
                pixels.Add(p);
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var nx = x + dx;
                        var ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height)
                        {
                            continue;
                        }
                        var q = ny * width + nx;
                        if (labels[q] == 0 && map[q] > BinaryThreshold)
                        {
                            labels[q] = next;
                            stack.Push(q);
                        }
                    }
                }
            }
            var w = maxX - minX + 1;
            var h = maxY - minY + 1;
            var score = (float)(sum / count);
            if (Math.Min(w, h) < minSide || score < boxThreshold)
            {
                continue;
            }
            var rect = MinAreaRect.Of(RowEnds(pixels, width, minY, h));
            if (Math.Min(rect.Width, rect.Height) < minSide)
            {
                continue;
            }
            var grow = rect.Width * rect.Height * UnclipRatio / (2f * (rect.Width + rect.Height));
            var box = MinAreaRect.Grow(rect, grow);
            regions.Add((box, score));
        }
        return regions;
    }

    /// <summary>The outer corners of each row's first and last pixel: all the hull needs of a region.</summary>
    private static List<PointF> RowEnds(List<int> pixels, int width, int minY, int rows)
    {
        var first = new int[rows];
        var last = new int[rows];
        Array.Fill(first, int.MaxValue);
        Array.Fill(last, -1);
        foreach (var p in pixels)
        {
            var row = p / width - minY;
            first[row] = Math.Min(first[row], p % width);
            last[row] = Math.Max(last[row], p % width);
        }
        var points = new List<PointF>(rows * 4);
        for (var row = 0; row < rows; row++)
        {
            if (last[row] < 0)
            {
                continue;
            }
            var y = row + minY;
            points.Add(new PointF(first[row], y));
            points.Add(new PointF(first[row], y + 1));
            points.Add(new PointF(last[row] + 1, y));
            points.Add(new PointF(last[row] + 1, y + 1));
        }
        return points;
    }
}
