namespace AdFlux.Video.Music;

/// <summary>
/// Tempo by autocorrelation of the onset envelope (with a log-normal preference around 120 BPM),
/// beats by dynamic programming (Ellis 2007, "Beat Tracking by Dynamic Programming"), and the
/// downbeat phase in 4/4 as the beat position whose onsets carry the most low-frequency energy.
/// </summary>
public static class BeatTracker
{
    private const double Tightness = 100;

    /// <summary>How many times the mean onset strength the beats must carry on average.</summary>
    public const double MinBeatStrength = 2;

    public static BeatGrid Track(Spectrogram spectrogram, double[] onsets)
    {
        var fps = 1 / spectrogram.FrameSeconds;
        if (onsets.Length < fps * 4)
        {
            return BeatGrid.None;
        }
        var (period, clarity) = EstimatePeriod(onsets, fps);
        // A pulse that barely stands out of the onset noise is not a beat to cut on.
        if (period <= 0 || clarity < 0.3)
        {
            return BeatGrid.None;
        }
        var beatFrames = TrackBeats(onsets, period);
        // Beats must carry clearly more onset strength than the rest: a drone's noise also autocorrelates.
        var strength = beatFrames.Average(f => onsets[f]) / (onsets.Average() + 1e-9);
        if (beatFrames.Count < 8 || strength < MinBeatStrength)
        {
            return BeatGrid.None;
        }
        var beats = beatFrames.Select(spectrogram.TimeOf).ToList();
        var bass = BassOnsets(spectrogram);
        var phase = Enumerable.Range(0, 4)
            .OrderByDescending(p => beatFrames.Where((_, i) => i % 4 == p).Average(f => bass[f]))
            .First();
        var downbeats = beats.Where((_, i) => i % 4 == phase).ToList();
        // The mean spacing, not a median of frame-quantised intervals (which snaps to the frame grid).
        var tempo = 60.0 * (beats.Count - 1) / (beats[^1] - beats[0]);
        return new BeatGrid(Math.Round(tempo, 2), beats, downbeats, clarity);
    }

    private static (double Period, double Clarity) EstimatePeriod(double[] onsets, double fps)
    {
        var minLag = (int)Math.Floor(fps * 60 / 200);
        var maxLag = (int)Math.Ceiling(fps * 60 / 50);
        var mean = onsets.Average();
        var centred = onsets.Select(o => o - mean).ToArray();
        double energy = centred.Sum(v => v * v);
        if (energy <= 1e-9)
        {
            return (0, 0);
        }
        var best = (Lag: 0, Score: double.MinValue, Raw: 0.0);
        for (var lag = minLag; lag <= Math.Min(maxLag, centred.Length / 2); lag++)
        {
            double sum = 0;
            for (var i = lag; i < centred.Length; i++)
            {
                sum += centred[i] * centred[i - lag];
            }
            var normalised = sum / energy;
            var bpm = 60 * fps / lag;
            var prior = Math.Exp(-0.5 * Math.Pow(Math.Log2(bpm / 120), 2));
            var score = normalised * prior;
            if (score > best.Score)
            {
                best = (lag, score, normalised);
            }
        }
        if (best.Lag == 0)
        {
            return (0, 0);
        }
        // Refine the integer lag with a parabola through its neighbours' autocorrelation.
        double At(int lag)
        {
            double s = 0;
            for (var i = lag; i < centred.Length; i++)
            {
                s += centred[i] * centred[i - lag];
            }
            return s;
        }
        var (left, mid, right) = (At(best.Lag - 1), At(best.Lag), At(best.Lag + 1));
        var denominator = left - 2 * mid + right;
        var offset = Math.Abs(denominator) > 1e-12 ? 0.5 * (left - right) / denominator : 0;
        return (best.Lag + Math.Clamp(offset, -0.5, 0.5), best.Raw);
    }

    private static List<int> TrackBeats(double[] onsets, double period)
    {
        var n = onsets.Length;
        var peak = onsets.Max();
        var local = onsets.Select(o => o / (peak > 0 ? peak : 1)).ToArray();
        var score = new double[n];
        var back = new int[n];
        for (var t = 0; t < n; t++)
        {
            var from = (int)Math.Round(t - 2 * period);
            var to = (int)Math.Round(t - period / 2);
            var bestPrev = -1;
            var bestValue = double.NegativeInfinity;
            for (var p = Math.Max(0, from); p <= to; p++)
            {
                var gap = Math.Log((t - p) / period);
                var value = score[p] - Tightness * gap * gap;
                if (value > bestValue)
                {
                    bestValue = value;
                    bestPrev = p;
                }
            }
            score[t] = local[t] + (bestPrev >= 0 ? Math.Max(0, bestValue) : 0);
            back[t] = bestPrev >= 0 && bestValue > 0 ? bestPrev : -1;
        }
        // The last beat: the best-scoring frame within the final period.
        var start = Math.Max(0, n - (int)Math.Ceiling(period));
        var last = start;
        for (var t = start; t < n; t++)
        {
            if (score[t] > score[last])
            {
                last = t;
            }
        }
        var beats = new List<int>();
        for (var t = last; t >= 0; t = back[t])
        {
            beats.Add(t);
        }
        beats.Reverse();
        // Drop leading and trailing beats on silence (the DP keeps the grid going through it).
        var threshold = 0.05 * local.Where(v => v > 0).DefaultIfEmpty(0).Average();
        while (beats.Count > 0 && local[beats[0]] <= threshold)
        {
            beats.RemoveAt(0);
        }
        while (beats.Count > 0 && local[beats[^1]] <= threshold)
        {
            beats.RemoveAt(beats.Count - 1);
        }
        return beats;
    }

    private static double[] BassOnsets(Spectrogram spectrogram)
    {
        var maxBin = Math.Max(2, (int)(150 / spectrogram.FrequencyOf(1)));
        var frames = spectrogram.Magnitudes;
        var result = new double[frames.Length];
        for (var f = 1; f < frames.Length; f++)
        {
            double rise = 0;
            for (var b = 1; b <= maxBin; b++)
            {
                rise += Math.Max(0, frames[f][b] - frames[f - 1][b]);
            }
            result[f] = rise;
        }
        return result;
    }
}
