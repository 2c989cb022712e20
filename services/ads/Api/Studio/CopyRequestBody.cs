namespace AdFlux.Ads.Api.Studio;

/// <summary>Copy for a request's platforms from its brief and its brand's tone, in a language (BCP 47, default <c>en</c>).</summary>
public sealed record CopyRequestBody(string? Language);
