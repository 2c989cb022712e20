using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Imaging;

namespace AdFlux.MlDetection.Faces;

/// <summary>
/// MediaPipe BlazeFace (keijiro's Barracuda export): scores and boxes for 16×16 cells × 2 anchors
/// and 8×8 cells × 6 anchors. A box is its anchor (cell centre) plus an offset, in input pixels
/// (keijiro/BlazeFaceBarracuda Postprocess1Kernel.hlsl); scores are logits.
/// </summary>
public static class BlazeFaceDecoder
{
    private static readonly (string Scores, string Boxes, int Cells, int Anchors)[] Layers =
        [("Identity:0", "Identity_2:0", 16, 2), ("Identity_1:0", "Identity_3:0", 8, 6)];

    public static List<Finding> Decode(
        IReadOnlyDictionary<string, (float[] Data, long[] Shape)> outputs, int inputSize,
        ImageTensor.Placement placement, int sourceWidth, int sourceHeight, DetectionThresholds thresholds)
    {
        var candidates = new List<Finding>();
        foreach (var (scoreName, boxName, cells, anchors) in Layers)
        {
            var scores = outputs[scoreName].Data;
            var boxes = outputs[boxName].Data;
            for (var cell = 0; cell < cells * cells; cell++)
            {
                var ax = (cell % cells + 0.5f) / cells * inputSize;
                var ay = (cell / cells + 0.5f) / cells * inputSize;
                for (var a = 0; a < anchors; a++)
                {
                    var index = cell * anchors + a;
                    var score = 1f / (1f + MathF.Exp(-scores[index]));
                    if (score < thresholds.Confidence)
                    {
                        continue;
                    }
                    var b = index * 16;
                    var cx = ax + boxes[b];
                    var cy = ay + boxes[b + 1];
                    var w = boxes[b + 2];
                    var h = boxes[b + 3];
                    var box = PixelBox.FromCorners(
                        placement.ToSourceX(cx - w / 2), placement.ToSourceY(cy - h / 2),
                        placement.ToSourceX(cx + w / 2), placement.ToSourceY(cy + h / 2));
                    candidates.Add(new Finding("face", score, box.ClampTo(sourceWidth, sourceHeight)));
                }
            }
        }
        return Nms.ClassWise(candidates, thresholds.IoU);
    }
}
