using System.Globalization;
using System.Text.RegularExpressions;

namespace AdFlux.Video.CutAnalysis;

/// <summary>Reads ebur128 momentary loudness and silencedetect lines from ffmpeg's standard error.</summary>
public static partial class StderrParser
{
    public static void Read(string line, DecodedSignals signals)
    {
        if (Ebur128().Match(line) is { Success: true } loud)
        {
            signals.Loudness.Add((D(loud.Groups[1].Value), D(loud.Groups[2].Value)));
        }
        else if (SilenceStart().Match(line) is { Success: true } start)
        {
            signals.Silences.Add((Math.Max(0, D(start.Groups[1].Value)), double.PositiveInfinity));
        }
        else if (SilenceEnd().Match(line) is { Success: true } end && signals.Silences.Count > 0 && double.IsPositiveInfinity(signals.Silences[^1].End))
        {
            signals.Silences[^1] = (signals.Silences[^1].Start, D(end.Groups[1].Value));
        }
    }

    private static double D(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\bt:\s*([0-9.]+)\s+TARGET:.*?\bM:\s*(-?[0-9.]+|-inf)")]
    private static partial Regex Ebur128();

    [GeneratedRegex(@"silence_start:\s*(-?[0-9.]+)")]
    private static partial Regex SilenceStart();

    [GeneratedRegex(@"silence_end:\s*([0-9.]+)")]
    private static partial Regex SilenceEnd();
}
