namespace AdFlux.Ads.Creatives.Copy;

/// <summary>A copy request: platforms (<c>meta</c>, <c>google</c>, <c>tiktok</c>), the brief, the brand's tone and banned words, the language (default <c>en</c>).</summary>
public sealed record CopyBody(IReadOnlyList<string>? Platforms, string? Brief, string? Tone, IReadOnlyList<string>? BannedWords, string? Language);
