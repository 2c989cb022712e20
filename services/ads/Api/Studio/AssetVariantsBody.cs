namespace AdFlux.Ads.Api.Studio;

/// <summary>The formats to render (<c>story</c>, <c>square</c>, <c>portrait</c> or their sizes such as <c>1080x1920</c>); all three when omitted.</summary>
public sealed record AssetVariantsBody(IReadOnlyList<string>? Formats);
