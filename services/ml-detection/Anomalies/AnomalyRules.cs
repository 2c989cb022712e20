using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AdFlux.MlDetection.Detection;

namespace AdFlux.MlDetection.Anomalies;

/// <summary>
/// Shadowban and restriction notices (English and Spanish) in OCR'd screenshot text. Lines are
/// joined in reading order, so a notice wrapped over two lines still matches; matching ignores
/// case, accents and punctuation, since OCR often drops or swaps them.
/// </summary>
public static class AnomalyRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    public static readonly IReadOnlyList<AnomalyRule> All =
    [
        new("account-restricted", "high", "en", new(@"\b(your )?account (is|has been|was) (temporarily |permanently )?(restricted|limited|suspended|disabled)\b", Options)),
        new("not-recommendable", "medium", "en", new(@"\b(isn ?t|is not|not|aren ?t|are not) eligible (for|to be|to appear in) (recommend\w*|for you|explore)", Options)),
        new("reduced-distribution", "medium", "en", new(@"\b(can ?t|cannot|won ?t|will not) be (recommended|shown to (people|users) who don ?t follow you)", Options)),
        new("shadowban", "high", "en", new(@"\bshadow ?bann?(ed)?\b", Options)),
        new("reach-drop", "medium", "en", new(@"\b(reach|views|impressions) (has |have )?(dropped|decreased|fell|fallen|is down|are down) (by )?\d+ ?%?", Options)),
        new("guidelines-violation", "high", "en", new(@"\b(violat\w* (our )?community guidelines|community guidelines (violation|strike))", Options)),
        new("account-restricted", "high", "es", new(@"\btu cuenta (esta|ha sido|fue) (temporalmente |permanentemente )?(restringida|limitada|suspendida|inhabilitada)\b", Options)),
        new("not-recommendable", "medium", "es", new(@"\bno (es|son) apto?s? para (las |ser )?recomend\w*", Options)),
        new("reduced-distribution", "medium", "es", new(@"\bno (se )?(puede|podra|podran|pueden) (ser )?(recomendad\w*|mostrar\w* a (personas|usuarios) que no te siguen)", Options)),
        new("reach-drop", "medium", "es", new(@"\b(el )?(alcance|las visualizaciones|las impresiones) (ha |han )?(bajado|disminuido|caido|descendido) (un |en un )?\d+ ?%?", Options)),
        new("guidelines-violation", "high", "es", new(@"\b(infring\w*|incumpl\w*|viola\w*) (las )?normas (comunitarias|de la comunidad)", Options)),
    ];

    public static List<AnomalyMatch> Match(IReadOnlyList<Finding> lines)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int End, PixelBox Box)>();
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l.Text)))
        {
            var start = text.Length;
            text.Append(Normalise(line.Text!)).Append(' ');
            spans.Add((start, text.Length, line.Box));
        }
        var joined = text.ToString();
        var matches = new List<AnomalyMatch>();
        foreach (var rule in All)
        {
            foreach (Match match in rule.Pattern.Matches(joined))
            {
                var covered = spans.Where(s => s.Start < match.Index + match.Length && s.End > match.Index).ToList();
                var box = covered.Select(s => s.Box).Aggregate((a, b) => PixelBox.FromCorners(
                    Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom)));
                matches.Add(new AnomalyMatch(rule.Kind, rule.Severity, rule.Language, match.Value.Trim(), box));
            }
        }
        return matches;
    }

    /// <summary>Lower case, accents removed, punctuation to spaces, whitespace collapsed.</summary>
    public static string Normalise(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var keep = char.IsLetterOrDigit(c) || c == '%';
            if (keep)
            {
                result.Append(c);
                space = false;
            }
            else if (!space)
            {
                result.Append(' ');
                space = true;
            }
        }
        return result.ToString().Trim();
    }
}
