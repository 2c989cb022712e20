using System.Text.RegularExpressions;

namespace AdFlux.Ads.Creatives.Copy;

/// <summary>The checks run on every answer: non-empty fields, each platform's limits, a known call to action, no banned word (whole words, any case).</summary>
public static class CopyRules
{
    public static IReadOnlyList<string> Violations(CopyDraft draft, PlatformCopyLimits limits, IReadOnlyList<string> bannedWords)
    {
        var reasons = new List<string>();
        Length(reasons, "headline", draft.Headline, limits.HeadlineMax);
        Length(reasons, "primaryText", draft.PrimaryText, limits.PrimaryTextMax);
        if (!limits.CallsToAction.Contains(draft.CallToAction))
        {
            reasons.Add($"callToAction '{draft.CallToAction}' is not one of {limits.Platform}'s: {string.Join(", ", limits.CallsToAction)}.");
        }
        foreach (var word in bannedWords)
        {
            var pattern = $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])";
            foreach (var (field, text) in new[] { ("headline", draft.Headline), ("primaryText", draft.PrimaryText) })
            {
                if (Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                {
                    reasons.Add($"{field} uses the banned word '{word}'.");
                }
            }
        }
        return reasons;
    }

    private static void Length(List<string> reasons, string field, string text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            reasons.Add($"{field} is empty.");
        }
        else if (text.Length > max)
        {
            reasons.Add($"{field} has {text.Length} characters; the limit is {max}.");
        }
    }
}
