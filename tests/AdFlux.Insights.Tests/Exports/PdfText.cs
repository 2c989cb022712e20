using System.Globalization;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace AdFlux.Insights.Tests.Exports;

/// <summary>A PDF read back with PdfPig: its text as lines of words (words on one baseline, left to right) and its drawn paths.</summary>
public sealed class PdfText
{
    private PdfText(List<List<string>> lines, int pages, List<(int Segments, (double R, double G, double B) Colour)> strokedLineRuns, string text)
    {
        Lines = lines;
        Pages = pages;
        StrokedLineRuns = strokedLineRuns;
        AllText = text;
    }

    public List<List<string>> Lines { get; }

    public int Pages { get; }

    /// <summary>For each stroked path, how many straight segments it draws (a chart's series is one long run) and in which colour.</summary>
    public List<(int Segments, (double R, double G, double B) Colour)> StrokedLineRuns { get; }

    public string AllText { get; }

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var lines = new List<List<string>>();
        var runs = new List<(int, (double, double, double))>();
        var text = new System.Text.StringBuilder();
        foreach (var page in document.GetPages())
        {
            foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key))
            {
                var words = line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList();
                lines.Add(words);
                text.AppendLine(string.Join(' ', words));
            }
            runs.AddRange(page.Paths.Where(p => p.IsStroked).Select(p =>
                (p.Sum(sub => sub.Commands.Count(c => c is PdfSubpath.Line)), p.StrokeColor?.ToRGBValues() ?? (0d, 0d, 0d))));
        }
        return new PdfText(lines, document.NumberOfPages, runs, text.ToString());
    }

    /// <summary>Whether a stroked path of at least <paramref name="segments"/> segments is drawn in the RGB colour given in 0–255.</summary>
    public bool HasLine(int segments, int r, int g, int b) =>
        StrokedLineRuns.Any(run => run.Segments >= segments
            && Math.Abs(run.Colour.R * 255 - r) < 1 && Math.Abs(run.Colour.G * 255 - g) < 1 && Math.Abs(run.Colour.B * 255 - b) < 1);

    /// <summary>The first line whose first words are <paramref name="start"/>.</summary>
    public List<string> LineStartingWith(params string[] start)
    {
        var found = Lines.FirstOrDefault(l => l.Count >= start.Length && l.Take(start.Length).SequenceEqual(start));
        Assert.True(found is not null, $"no line starts '{string.Join(' ', start)}' in:\n{AllText}");
        return found;
    }

    /// <summary>A number as the PDF prints it (grouped thousands, invariant), read back.</summary>
    public static double Number(string word) => double.Parse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
}
