using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AdFlux.Ads.Creatives.Copy;

/// <summary>
/// Checks a draft against the brand's <see cref="ToneRules"/>, deterministically and with the
/// reason for each breach ("tone: ..."), the way <see cref="CopyRules"/> checks limits and banned words.
/// Formality is a Spanish rule (the tú/usted pronouns); it is not applied to copy in other languages.
/// </summary>
public static partial class ToneCheck
{
    // Second-person forms that give the register away; "su"/"sus" are left out: they are also third person.
    private static readonly string[] InformalForms = ["tú", "te", "ti", "contigo", "tu", "tus", "vosotros", "vosotras", "os", "vuestro", "vuestra", "vuestros", "vuestras"];
    private static readonly string[] FormalForms = ["usted", "ustedes"];

    public static IReadOnlyList<string> Violations(CopyDraft draft, ToneRules? rules, string language)
    {
        var reasons = new List<string>();
        if (rules is null)
        {
            return reasons;
        }
        var fields = new[] { ("headline", draft.Headline), ("primaryText", draft.PrimaryText) };
        var spanish = language.StartsWith("es", StringComparison.OrdinalIgnoreCase);
        foreach (var (field, text) in fields)
        {
            if (spanish && rules.Formality is { } formality)
            {
                var (wrong, register) = formality == ToneRules.Formal ? (InformalForms, "usted (formal)") : (FormalForms, "tú (informal)");
                var found = Words(text).Where(w => wrong.Contains(w.ToLowerInvariant())).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (found.Count > 0)
                {
                    reasons.Add($"tone: {field} uses {string.Join(", ", found.Select(w => $"'{w}'"))}; the brand addresses the reader as {register}.");
                }
            }
            if (rules.MaxExclamations is { } max)
            {
                var count = text.Count(c => c is '!' or '¡');
                if (count > max)
                {
                    reasons.Add($"tone: {field} has {count} exclamation marks; the brand allows {max}.");
                }
            }
            if (rules.EmojiAllowed == false && Emoji(text) is { Count: > 0 } emoji)
            {
                reasons.Add($"tone: {field} uses emoji ({string.Concat(emoji)}); the brand allows none.");
            }
            if (rules.MaxSentenceWords is { } limit)
            {
                foreach (var sentence in SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0))
                {
                    var count = Words(sentence).Count();
                    if (count > limit)
                    {
                        reasons.Add($"tone: {field} has a sentence of {count} words (\"{Shorten(sentence)}\"); the brand allows {limit}.");
                    }
                }
            }
            foreach (var phrase in rules.ForbiddenPhrases ?? [])
            {
                if (Contains(text, phrase))
                {
                    reasons.Add($"tone: {field} uses the forbidden phrase '{phrase}'.");
                }
            }
        }
        foreach (var phrase in rules.RequiredPhrases ?? [])
        {
            if (!fields.Any(f => Contains(f.Item2, phrase)))
            {
                reasons.Add($"tone: neither headline nor primaryText carries the required phrase '{phrase}'.");
            }
        }
        return reasons;
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    private static bool Contains(string text, string phrase) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(phrase.Trim())}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Pictographs (U+1F000–U+1FAFF), miscellaneous symbols and dingbats (U+2600–U+27BF) and the emoji presentation selector.</summary>
    private static List<string> Emoji(string text)
    {
        var found = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol)
            {
                found.Add(rune.ToString());
            }
        }
        return found;
    }

    private static string Shorten(string sentence) => sentence.Length <= 60 ? sentence : sentence[..57] + "...";

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?¡¿…;]+")]
    private static partial Regex SentenceBreak();
}
