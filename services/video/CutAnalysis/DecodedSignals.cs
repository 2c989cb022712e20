namespace AdFlux.Video.CutAnalysis;

/// <summary>Everything the one decode pass over a source yields.</summary>
public sealed class DecodedSignals
{
    /// <summary>(time, scdet score 0..100) per video frame.</summary>
    public List<(double Time, double Score, double Motion)> Frames { get; } = [];

    /// <summary>(time, momentary loudness LUFS) every 100 ms (EBU R128).</summary>
    public List<(double Time, double Lufs)> Loudness { get; } = [];

    public List<(double Start, double End)> Silences { get; } = [];

    /// <summary>Sampled frames: time, file, mean luma and saturation (0..255).</summary>
    public List<SampledFrameFile> SampledFrames { get; } = [];

    public float[] Pcm { get; set; } = [];

    public int SampleRate { get; set; }
}
