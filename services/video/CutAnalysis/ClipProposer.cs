using System.Globalization;
using AdFlux.Video.Music;

namespace AdFlux.Video.CutAnalysis;

/// <summary>
/// Proposes 3–5 clips per platform length. Clips start and end only on boundaries: scene cuts
/// (best when they fall on a bar line), bar lines of the music, or the edges of silences, so a
/// clip never starts or stops inside a phrase. A clip lasts between 80% and 100% of the
/// platform length. Its visual score mixes the repetition (chorus) and energy of its bars, its
/// loudness, its motion and the quality of its boundaries.
/// </summary>
public static class ClipProposer
{
    public const double CutOnBarTolerance = 0.15;
    public const double MinLengthRatio = 0.8;
    public const int MaxClipsPerRule = 5;
    public const int MinClipsPerRule = 3;

    public static IReadOnlyList<double> SceneCuts(DecodedSignals signals, double threshold = 10, double minGap = 0.5)
    {
        var cuts = new List<double>();
        foreach (var (time, score, _) in signals.Frames)
        {
            if (score >= threshold && time > 0 && (cuts.Count == 0 || time - cuts[^1] >= minGap))
            {
                cuts.Add(time);
            }
        }
        return cuts;
    }

    public static IReadOnlyList<Boundary> Boundaries(double duration, IReadOnlyList<double> cuts, MusicAnalysis music, IReadOnlyList<SilenceSpan> silences)
    {
        var boundaries = new List<Boundary> { new(0, 0.6, "the start of the video", StartTypes.VideoStart), new(duration, 0.6, "the end of the video", StartTypes.Other) };
        var bars = music.Grid.Downbeats;
        foreach (var cut in cuts)
        {
            var onBar = bars.Count > 0 && bars.Min(b => Math.Abs(b - cut)) <= CutOnBarTolerance;
            boundaries.Add(onBar ? new(cut, 1.0, $"a scene cut on a bar line at {Clock(cut)}", StartTypes.CutOnBar) : new(cut, 0.85, $"a scene cut at {Clock(cut)}", StartTypes.Cut));
        }
        if (cuts.Count < 2 || bars.Count > 0)
        {
            // The music's bar lines, phrase starts (every 4 bars) first; pauses when there is no pulse.
            for (var i = 0; i < bars.Count; i++)
            {
                if (cuts.All(c => Math.Abs(c - bars[i]) > CutOnBarTolerance))
                {
                    boundaries.Add(i % 4 == 0
                        ? new(bars[i], 0.8, $"a phrase-starting bar line at {Clock(bars[i])}", StartTypes.Phrase)
                        : new(bars[i], 0.7, $"a bar line at {Clock(bars[i])}", StartTypes.Bar));
                }
            }
            if (bars.Count == 0)
            {
                foreach (var silence in silences)
                {
                    boundaries.Add(new(silence.Start, 0.5, $"a pause at {Clock(silence.Start)}", StartTypes.Pause));
                    boundaries.Add(new(silence.End, 0.5, $"the end of a pause at {Clock(silence.End)}", StartTypes.Pause));
                }
            }
        }
        return boundaries.Where(b => b.Time >= 0 && b.Time <= duration).OrderBy(b => b.Time).ToList();
    }

    public static IReadOnlyList<ProposedClip> Propose(
        double duration, IReadOnlyList<int> targets, IReadOnlyList<Boundary> boundaries, MusicAnalysis music,
        DecodedSignals signals, IReadOnlyList<SilenceSpan> silences)
    {
        var maxMotion = Math.Max(1e-6, signals.Frames.Select(f => f.Motion).DefaultIfEmpty(0).Max());
        var proposals = new List<ProposedClip>();
        foreach (var target in targets)
        {
            var candidates = new List<(double Start, double End, double Score, string Reason, string StartType)>();
            foreach (var start in boundaries)
            {
                foreach (var end in boundaries)
                {
                    var length = end.Time - start.Time;
                    if (length < target * MinLengthRatio || length > target + 1e-6 || InsidePhrase(start.Time, duration, silences, music) || InsidePhrase(end.Time, duration, silences, music))
                    {
                        continue;
                    }
                    var (score, reason) = Score(start, end, target, music, signals, maxMotion);
                    candidates.Add((start.Time, end.Time, score, reason, StartTypeOf(start, music)));
                }
            }
            var chosen = new List<(double Start, double End, double Score, string Reason, string StartType)>();
            foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Start))
            {
                if (chosen.Count >= MaxClipsPerRule)
                {
                    break;
                }
                if (chosen.All(c => Overlap(c.Start, c.End, candidate.Start, candidate.End) <= 0.5 * target))
                {
                    chosen.Add(candidate);
                }
            }
            // A short source cannot hold three clips that barely overlap: accept more overlap before proposing fewer than three.
            foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Start))
            {
                if (chosen.Count >= MinClipsPerRule)
                {
                    break;
                }
                if (chosen.All(c => Overlap(c.Start, c.End, candidate.Start, candidate.End) <= 0.8 * target && Math.Abs(c.Start - candidate.Start) > 1e-6))
                {
                    chosen.Add(candidate);
                }
            }
            chosen = chosen.OrderByDescending(c => c.Score).ToList();
            proposals.AddRange(chosen.Select((c, rank) => new ProposedClip(
                target, rank + 1, Math.Round(c.Start, 3), Math.Round(c.End, 3), Math.Round(c.Score, 4), c.Reason,
                BestFrame(signals, c.Start, c.End), c.StartType)));
        }
        return proposals;
    }

    /// <summary>
    /// True when a boundary would cut through a phrase: in music, anywhere but a bar line; in
    /// speech (audio with pauses), anywhere but a pause. Audio with neither (a drone, no audio)
    /// has no phrases to protect. The video's own start and end are always allowed.
    /// </summary>
    public static bool InsidePhrase(double time, double duration, IReadOnlyList<SilenceSpan> silences, MusicAnalysis music)
    {
        if (time <= 0.05 || time >= duration - 0.05)
        {
            return false;
        }
        if (music.Grid.HasPulse)
        {
            return music.Grid.Downbeats.Min(b => Math.Abs(b - time)) > CutOnBarTolerance;
        }
        return silences.Count > 0 && !silences.Any(s => time >= s.Start - 0.3 && time <= s.End + 0.3);
    }

    private static (double Score, string Reason) Score(Boundary start, Boundary end, int target, MusicAnalysis music, DecodedSignals signals, double maxMotion)
    {
        var parts = new List<string> { $"starts on {start.Why}", $"ends on {end.Why}" };
        var bars = music.Bars.Where(b => b.Start >= start.Time - 0.05 && b.End <= end.Time + 0.05).ToList();
        double repetition = 0, energy = 0;
        if (bars.Count > 0)
        {
            repetition = bars.Average(b => b.Repetition);
            energy = bars.Average(b => b.Energy);
            var repeated = bars.Count(b => b.Repetition >= 0.9);
            if (repeated * 2 >= bars.Count)
            {
                parts.Add($"{repeated} of its {bars.Count} bars repeat elsewhere in the song (chorus)");
            }
        }
        var loudness = signals.Loudness.Where(l => l.Time >= start.Time && l.Time <= end.Time && l.Lufs > -70).Select(l => l.Lufs).ToList();
        var loud = loudness.Count > 0 ? Math.Clamp((loudness.Average() + 40) / 30, 0, 1) : 0;
        var motion = signals.Frames.Where(f => f.Time >= start.Time && f.Time < end.Time).Select(f => f.Motion).DefaultIfEmpty(0).Average() / maxMotion;
        var fill = (end.Time - start.Time) / target;
        var boundary = (start.Quality + end.Quality) / 2;
        double score = music.Grid.HasPulse
            ? 0.35 * repetition + 0.2 * energy + 0.15 * loud + 0.1 * motion + 0.1 * boundary + 0.1 * fill
            : 0.35 * loud + 0.25 * motion + 0.25 * boundary + 0.15 * fill;
        if (loudness.Count > 0)
        {
            parts.Add($"mean momentary loudness {loudness.Average().ToString("F1", CultureInfo.InvariantCulture)} LUFS");
        }
        parts.Add($"motion {motion.ToString("F2", CultureInfo.InvariantCulture)} of the video's peak");
        return (Math.Clamp(score, 0, 1), string.Join("; ", parts) + ".");
    }

    /// <summary>A clip whose first bar repeats elsewhere starts in the chorus; otherwise it starts on its boundary's kind.</summary>
    private static string StartTypeOf(Boundary start, MusicAnalysis music) =>
        music.Bars.FirstOrDefault(b => b.Start >= start.Time - CutOnBarTolerance && b.Start <= start.Time + CutOnBarTolerance) is { Repetition: >= 0.9 }
            ? StartTypes.Chorus
            : start.Kind;

    private static int? BestFrame(DecodedSignals signals, double start, double end)
    {
        var inside = signals.SampledFrames.Where(f => f.Time >= start && f.Time < end).ToList();
        if (inside.Count == 0)
        {
            return null;
        }
        // Colourful, well exposed, and not the frame of a cut (those are often half-blended).
        return inside.OrderByDescending(f => f.Saturation / 128 + (1 - Math.Abs(f.Luma - 128) / 128)).First().Index;
    }

    private static double Overlap(double a0, double a1, double b0, double b1) => Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));

    private static string Clock(double seconds) =>
        TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss\.f" : @"m\:ss\.f", CultureInfo.InvariantCulture);
}
