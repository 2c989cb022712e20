namespace AdFlux.Ads.Api.Studio;

/// <summary>An asset as an external approver sees it: the image inline (base64) with its score and the parts' reasons.</summary>
public sealed record ExternalAssetView(string FileName, string ContentType, string Image, double Score, IReadOnlyList<CompliancePartResponse> Parts);
