namespace AdFlux.Ads.Creatives.Copy;

/// <summary>
/// Tokens over every call of one generation and their cost from <c>Ads:Copy:Prices</c>;
/// <see cref="Cost"/> is null when no price is configured for the model, and <see cref="CostNote"/> says why.
/// </summary>
public sealed record CopyUsage(long InputTokens, long OutputTokens, decimal? Cost, string? Currency, string? CostNote);
