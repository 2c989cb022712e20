using AdFlux.MlDetection.Imaging;

namespace AdFlux.MlDetection.Detection;

/// <summary>
/// NanoDet-g's head (GFL): per stride 8/16/32 a grid of class scores (sigmoid already applied in
/// the graph) and, per side, a distribution over 11 distance bins. Centre = (cell + 0.5) × stride;
/// each side = softmax-weighted bin average × stride.
/// </summary>
public static class NanoDetDecoder
{
    public const int Bins = 11;
    public static readonly int[] Strides = [8, 16, 32];

    /// <summary>Output names in the converted model: scores then boxes, one per stride.</summary>
    public static readonly string[] ScoreOutputs = ["Identity", "Identity_1", "Identity_2"];
    public static readonly string[] BoxOutputs = ["Identity_3", "Identity_4", "Identity_5"];

    public static List<Finding> Decode(
        IReadOnlyDictionary<string, (float[] Data, long[] Shape)> outputs, int inputSize, IReadOnlyList<string> labels,
        ImageTensor.Placement placement, int sourceWidth, int sourceHeight, DetectionThresholds thresholds)
    {
        var candidates = new List<Finding>();
        Span<float> distances = stackalloc float[4];
        for (var s = 0; s < Strides.Length; s++)
        {
            var stride = Strides[s];
            var cells = inputSize / stride;
            var (scores, scoreShape) = outputs[ScoreOutputs[s]];
            var (boxes, _) = outputs[BoxOutputs[s]];
            var classes = (int)scoreShape[^1];
            for (var cell = 0; cell < cells * cells; cell++)
            {
                var best = 0;
                var bestScore = float.MinValue;
                for (var c = 0; c < classes; c++)
                {
                    var score = scores[cell * classes + c];
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
                for (var side = 0; side < 4; side++)
                {
                    distances[side] = ExpectedBin(boxes.AsSpan((cell * 4 + side) * Bins, Bins)) * stride;
                }
                var cx = (cell % cells + 0.5f) * stride;
                var cy = (cell / cells + 0.5f) * stride;
                var box = PixelBox.FromCorners(
                    placement.ToSourceX(cx - distances[0]), placement.ToSourceY(cy - distances[1]),
                    placement.ToSourceX(cx + distances[2]), placement.ToSourceY(cy + distances[3]));
                candidates.Add(new Finding(best < labels.Count ? labels[best] : best.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    bestScore, box.ClampTo(sourceWidth, sourceHeight), best));
            }
        }
        return Nms.ClassWise(candidates, thresholds.IoU);
    }

    private static float ExpectedBin(ReadOnlySpan<float> logits)
    {
        var max = float.MinValue;
        foreach (var l in logits)
        {
            max = Math.Max(max, l);
        }
        float sum = 0, weighted = 0;
        for (var i = 0; i < logits.Length; i++)
        {
            var e = MathF.Exp(logits[i] - max);
            sum += e;
            weighted += e * i;
        }
        return weighted / sum;
    }
}
