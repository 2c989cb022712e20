using AdFlux.MlDetection.Detection;

namespace AdFlux.MlDetection.Ocr;

/// <summary>
/// DB (differentiable binarisation) post-processing of PP-OCR's probability map: pixels above
/// the binary threshold form 8-connected regions; a region whose mean probability passes the box
/// threshold becomes its bounding box, grown by the unclip distance (area × ratio / perimeter), as
/// PaddleOCR's DBPostProcess does with axis-aligned boxes.
/// </summary>
public static class TextRegions
{
    public const float BinaryThreshold = 0.3f;
    public const float UnclipRatio = 1.6f;

    public static List<(PixelBox Box, float Score)> Find(float[] map, int width, int height, float boxThreshold, int minSide = 3)
    {
        var labels = new int[map.Length];
        var regions = new List<(PixelBox, float)>();
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
            var grow = w * h * UnclipRatio / (2f * (w + h));
            var box = PixelBox.FromCorners(minX - grow, minY - grow, maxX + 1 + grow, maxY + 1 + grow).ClampTo(width, height);
            regions.Add((box, score));
        }
        return regions;
    }
}
