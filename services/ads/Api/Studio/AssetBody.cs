namespace AdFlux.Ads.Api.Studio;

/// <summary>An image for a request (base64 PNG, JPEG, WebP or GIF), optionally for one of the request's platforms (whose safe zones then apply).</summary>
public sealed record AssetBody(string? FileName, string? Image, string? Platform);
