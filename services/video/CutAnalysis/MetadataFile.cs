using System.Globalization;

namespace AdFlux.Video.CutAnalysis;

/// <summary>Reads the per-frame output of ffmpeg's <c>metadata=mode=print:file=…</c>: a <c>pts_time:</c> line, then <c>key=value</c> lines.</summary>
public static class MetadataFile
{
    public static List<(double Time, Dictionary<string, double> Values)> Read(string path)
    {
        var frames = new List<(double, Dictionary<string, double>)>();
        if (!File.Exists(path))
        {
            return frames;
        }
        foreach (var line in File.ReadLines(path))
        {
            var at = line.IndexOf("pts_time:", StringComparison.Ordinal);
            if (at >= 0)
            {
                var time = double.TryParse(line[(at + 9)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture, out var t) ? t : 0;
                frames.Add((time, new Dictionary<string, double>()));
            }
            else if (frames.Count > 0 && line.Split('=', 2) is [var key, var value]
                && double.TryParse(value, CultureInfo.InvariantCulture, out var number))
            {
                frames[^1].Item2[key.Trim()] = number;
            }
        }
        return frames;
    }
}
