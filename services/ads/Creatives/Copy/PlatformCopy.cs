namespace AdFlux.Ads.Creatives.Copy;

/// <summary>
/// The copy for one platform. <see cref="Flagged"/> copy still broke a rule after the one
/// regeneration, and <see cref="Reasons"/> says which; <see cref="Attempts"/> is 1 or 2.
/// </summary>
public sealed record PlatformCopy(
    string Platform,
    string Headline,
    string PrimaryText,
    string CallToAction,
    PlatformCopyLimits Limits,
    int Attempts,
    bool Flagged,
    IReadOnlyList<string> Reasons,
    long InputTokens,
    long OutputTokens);
