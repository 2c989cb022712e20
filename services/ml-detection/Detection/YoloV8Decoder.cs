using AdFlux.MlDetection.Imaging;

namespace AdFlux.MlDetection.Detection;

/// <summary>
/// Ultralytics YOLOv8 detection export: output [1, 4 + classes, N], rows cx, cy, w, h (input
/// pixels of the letterboxed image) then one already-activated score per class.
/// </summary>
public static class YoloV8Decoder
{
    public static List<Finding> Decode(
        float[] output, long[] shape, IReadOnlyList<string> labels,
        ImageTensor.Placement placement, int sourceWidth, int sourceHeight, DetectionThresholds thresholds)
    {
        if (shape.Length != 3 || shape[1] < 5)
        {
            throw new InvalidOperationException($"A YOLOv8 detection output is [1, 4+classes, N]; this model gives [{string.Join(", ", shape)}]");
        }
        var rows = (int)shape[1];
        var n = (int)shape[2];
        var classes = rows - 4;
        var candidates = new List<Finding>();
        for (var i = 0; i < n; i++)
        {
            var best = 0;
            var bestScore = float.MinValue;
            for (var c = 0; c < classes; c++)
            {
                var score = output[(4 + c) * n + i];
                if (score > bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
            if (bestScore < thresholds.Confidence)
            {
                continue;
            }
            var cx = output[i];
            var cy = output[n + i];
            var w = output[2 * n + i];
            var h = output[3 * n + i];
            var box = PixelBox.FromCorners(
                placement.ToSourceX(cx - w / 2), placement.ToSourceY(cy - h / 2),
                placement.ToSourceX(cx + w / 2), placement.ToSourceY(cy + h / 2));
            candidates.Add(new Finding(best < labels.Count ? labels[best] : best.ToString(System.Globalization.CultureInfo.InvariantCulture),
                bestScore, box.ClampTo(sourceWidth, sourceHeight), best));
        }
        return Nms.ClassWise(candidates, thresholds.IoU);
    }
}
