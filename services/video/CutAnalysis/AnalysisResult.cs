namespace AdFlux.Video.CutAnalysis;

/// <summary>The analysis of one video as stored and served: what the clip proposals were made from.</summary>
public sealed record AnalysisResult(
    double DurationSeconds,
    IReadOnlyList<double> SceneCuts,
    double? TempoBpm,
    IReadOnlyList<double> Beats,
    IReadOnlyList<double> Downbeats,
    IReadOnlyList<ChorusSection> RepeatedSections,
    IReadOnlyList<SilenceSpan> Silences,
    double? MeanMomentaryLoudnessLufs,
    int SampledFrames,
    IReadOnlyList<ProposedClip> Clips);
