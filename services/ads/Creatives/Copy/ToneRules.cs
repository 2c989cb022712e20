namespace AdFlux.Ads.Creatives.Copy;

/// <summary>
/// A brand's tone of voice as rules a machine can check (each null when the brand sets none):
/// <see cref="Formality"/> <c>formal</c> (usted) or <c>informal</c> (tú) for Spanish copy,
/// at most <see cref="MaxExclamations"/> exclamation marks per field, emoji allowed or not, at most
/// <see cref="MaxSentenceWords"/> words per sentence, phrases every copy must carry and phrases it must not.
/// </summary>
public sealed record ToneRules(
    string? Formality = null,
    int? MaxExclamations = null,
    bool? EmojiAllowed = null,
    int? MaxSentenceWords = null,
    IReadOnlyList<string>? RequiredPhrases = null,
    IReadOnlyList<string>? ForbiddenPhrases = null)
{
    public const string Formal = "formal";
    public const string Informal = "informal";

    public static readonly ToneRules None = new();

    /// <summary>The rules as sentences for the prompt, so the model is told exactly what is checked.</summary>
    public IReadOnlyList<string> Describe()
    {
        var lines = new List<string>();
        if (Formality == Formal)
        {
            lines.Add("In Spanish, address the reader formally (usted, su), never with tú, te, ti or tu.");
        }
        else if (Formality == Informal)
        {
            lines.Add("In Spanish, address the reader informally (tú, te, tu), never with usted.");
        }
        if (MaxExclamations is { } exclamations)
        {
            lines.Add(exclamations == 0 ? "Use no exclamation marks." : $"Use at most {exclamations} exclamation marks per field.");
        }
        if (EmojiAllowed == false)
        {
            lines.Add("Use no emoji.");
        }
        if (MaxSentenceWords is { } words)
        {
            lines.Add($"Keep every sentence to at most {words} words.");
        }
        if (RequiredPhrases is { Count: > 0 } required)
        {
            lines.Add("Include these phrases: " + string.Join(", ", required.Select(p => $"\"{p}\"")) + ".");
        }
        if (ForbiddenPhrases is { Count: > 0 } forbidden)
        {
            lines.Add("Never write these phrases: " + string.Join(", ", forbidden.Select(p => $"\"{p}\"")) + ".");
        }
        return lines;
    }
}
