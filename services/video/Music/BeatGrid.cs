namespace AdFlux.Video.Music;

/// <summary>Tempo, beats and downbeats (bar lines) of the audio; empty when the audio has no steady pulse.</summary>
public sealed record BeatGrid(double? TempoBpm, IReadOnlyList<double> Beats, IReadOnlyList<double> Downbeats, double PulseClarity)
{
    public static BeatGrid None { get; } = new(null, [], [], 0);

    public bool HasPulse => TempoBpm is not null && Beats.Count >= 8;
}
