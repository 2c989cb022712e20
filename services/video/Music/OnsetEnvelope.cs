namespace AdFlux.Video.Music;

/// <summary>Onset strength per spectrogram frame: half-wave rectified spectral flux of log-compressed magnitudes.</summary>
public static class OnsetEnvelope
{
    public static double[] Compute(Spectrogram spectrogram, double maxFrequency = 11025)
    {
        var frames = spectrogram.Magnitudes;
        var bins = Math.Min(frames.Length > 0 ? frames[0].Length : 0, (int)(maxFrequency / spectrogram.FrequencyOf(1)) + 1);
        var envelope = new double[frames.Length];
        for (var f = 1; f < frames.Length; f++)
        {
            double flux = 0;
            for (var b = 1; b < bins; b++)
            {
                var rise = Math.Log(1 + 100 * frames[f][b]) - Math.Log(1 + 100 * frames[f - 1][b]);
                if (rise > 0)
                {
                    flux += rise;
                }
            }
            envelope[f] = flux;
        }
        // Subtract a local mean so slow swells do not read as onsets.
        var detrended = new double[envelope.Length];
        const int Half = 8;
        for (var f = 0; f < envelope.Length; f++)
        {
            var from = Math.Max(0, f - Half);
            var to = Math.Min(envelope.Length - 1, f + Half);
            double sum = 0;
            for (var i = from; i <= to; i++)
            {
                sum += envelope[i];
            }
            detrended[f] = Math.Max(0, envelope[f] - sum / (to - from + 1));
        }
        return detrended;
    }
}
