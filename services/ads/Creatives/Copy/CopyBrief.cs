namespace AdFlux.Ads.Creatives.Copy;

/// <summary>What to write: the platforms, the brief, the brand's tone, banned words and checkable tone rules, and the language (BCP 47).</summary>
public sealed record CopyBrief(IReadOnlyList<string> Platforms, string Brief, string? Tone, IReadOnlyList<string> BannedWords, string Language, ToneRules? ToneRules = null);
