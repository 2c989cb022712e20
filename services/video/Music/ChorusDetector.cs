namespace AdFlux.Video.Music;

/// <summary>
/// Finds repeated sections: bar-synchronous chroma (12 pitch classes), a bar-by-bar cosine
/// self-similarity matrix, and for each bar the best mean similarity along a diagonal at least
/// <see cref="MinLagBars"/> bars away (a chorus comes back; a bar that only resembles its
/// neighbours is a held chord, not a repetition).
/// </summary>
public static class ChorusDetector
{
    public const int MinLagBars = 4;
    public const int WindowBars = 4;

    public static IReadOnlyList<BarFeatures> Analyse(Spectrogram spectrogram, ReadOnlySpan<float> pcm, IReadOnlyList<double> downbeats)
    {
        if (downbeats.Count < 3)
        {
            return [];
        }
        var chroma = FrameChroma(spectrogram);
        var bars = new List<(double Start, double End, double[] Chroma, double Rms)>();
        for (var i = 0; i + 1 < downbeats.Count; i++)
        {
            var (start, end) = (downbeats[i], downbeats[i + 1]);
            var from = (int)Math.Round(start / spectrogram.FrameSeconds);
            var to = Math.Min(chroma.Length, (int)Math.Round(end / spectrogram.FrameSeconds));
            var sum = new double[12];
            for (var f = from; f < to; f++)
            {
                for (var c = 0; c < 12; c++)
                {
                    sum[c] += chroma[f][c];
                }
            }
            var norm = Math.Sqrt(sum.Sum(v => v * v));
            bars.Add((start, end, norm > 0 ? sum.Select(v => v / norm).ToArray() : sum, Rms(pcm, spectrogram.SampleRate, start, end)));
        }

        var n = bars.Count;
        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                similarity[i, j] = bars[i].Chroma.Zip(bars[j].Chroma, (a, b) => a * b).Sum();
            }
        }
        var maxRms = bars.Max(b => b.Rms);
        var result = new List<BarFeatures>(n);
        for (var i = 0; i < n; i++)
        {
            var (best, bestLag) = (0.0, 0);
            for (var lag = MinLagBars; lag < n; lag++)
            {
                foreach (var direction in new[] { 1, -1 })
                {
                    // Every window of WindowBars bars that contains bar i, against the same window lag bars away.
                    for (var start = i - WindowBars + 1; start <= i; start++)
                    {
                        var other = start + direction * lag;
                        if (start < 0 || start + WindowBars > n || other < 0 || other + WindowBars > n)
                        {
                            continue;
                        }
                        double total = 0;
                        for (var k = 0; k < WindowBars; k++)
                        {
                            total += similarity[start + k, other + k];
                        }
                        if (total / WindowBars > best)
                        {
                            (best, bestLag) = (total / WindowBars, direction * lag);
                        }
                    }
                }
            }
            result.Add(new BarFeatures(bars[i].Start, bars[i].End, maxRms > 0 ? bars[i].Rms / maxRms : 0, best, i + bestLag));
        }
        return result;
    }

    private static double[][] FrameChroma(Spectrogram spectrogram)
    {
        var lowBin = (int)Math.Ceiling(65 / spectrogram.FrequencyOf(1));
        var highBin = Math.Min(spectrogram.Magnitudes[0].Length - 1, (int)(2100 / spectrogram.FrequencyOf(1)));
        var pitchClass = new int[highBin + 1];
        for (var b = lowBin; b <= highBin; b++)
        {
            var midi = 69 + 12 * Math.Log2(spectrogram.FrequencyOf(b) / 440);
            pitchClass[b] = ((int)Math.Round(midi) % 12 + 12) % 12;
        }
        return spectrogram.Magnitudes.Select(frame =>
        {
            var chroma = new double[12];
            for (var b = lowBin; b <= highBin; b++)
            {
                chroma[pitchClass[b]] += frame[b] * frame[b];
            }
            return chroma;
        }).ToArray();
    }

    private static double Rms(ReadOnlySpan<float> pcm, int sampleRate, double start, double end)
    {
        var from = Math.Clamp((int)(start * sampleRate), 0, pcm.Length);
        var to = Math.Clamp((int)(end * sampleRate), from, pcm.Length);
        double sum = 0;
        for (var i = from; i < to; i++)
        {
            sum += pcm[i] * pcm[i];
        }
        return to > from ? Math.Sqrt(sum / (to - from)) : 0;
    }
}
