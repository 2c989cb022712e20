namespace AdFlux.MlDetection.Ocr;

/// <summary>
/// Greedy CTC decoding of PP-OCR recognition output [1, T, classes]: class 0 is the blank,
/// 1..n the dictionary (ppocr_keys_v1.txt), and the last class a space (PaddleOCR's use_space_char).
/// </summary>
public static class CtcDecoder
{
    public static (string Text, float Confidence) Decode(ReadOnlySpan<float> probabilities, int steps, int classes, IReadOnlyList<string> dictionary)
    {
        var text = new System.Text.StringBuilder();
        var previous = -1;
        float confidence = 0;
        var kept = 0;
        for (var t = 0; t < steps; t++)
        {
            var row = probabilities.Slice(t * classes, classes);
            var best = 0;
            for (var c = 1; c < classes; c++)
            {
                if (row[c] > row[best])
                {
                    best = c;
                }
            }
            if (best != 0 && best != previous)
            {
                text.Append(best - 1 < dictionary.Count ? dictionary[best - 1] : " ");
                confidence += row[best];
                kept++;
            }
            previous = best;
        }
        return (text.ToString(), kept == 0 ? 0 : confidence / kept);
    }
}
