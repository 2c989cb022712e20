namespace AdFlux.Video.Music;

/// <summary>The musical structure of a soundtrack: its beat grid and, per bar, energy and repetition.</summary>
public sealed record MusicAnalysis(BeatGrid Grid, IReadOnlyList<BarFeatures> Bars)
{
    public static MusicAnalysis None { get; } = new(BeatGrid.None, []);

    public static MusicAnalysis Of(float[] pcm, int sampleRate)
    {
        if (pcm.Length < sampleRate * 4)
        {
            return None;
        }
        var spectrogram = Spectrogram.Compute(pcm, sampleRate);
        var onsets = OnsetEnvelope.Compute(spectrogram);
        var grid = BeatTracker.Track(spectrogram, onsets);
        return grid.HasPulse ? new MusicAnalysis(grid, ChorusDetector.Analyse(spectrogram, pcm, grid.Downbeats)) : new MusicAnalysis(grid, []);
    }
}
