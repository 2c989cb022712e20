using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Brands;
using AdFlux.Ads.Studio.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// Scores an image through ml-detection against the brand and stores it as an asset of the request,
/// whatever brought it (an upload, a Freepik download): nothing is stored unless it was scored.
/// </summary>
public static class AssetIntake
{
    public sealed record Incoming(
        ContentRequest Request, BrandProfile Brand, byte[] Bytes, StudioImage Image, string FileName, string? Platform,
        string Source = StudioAsset.Uploaded, StockAttribution? Stock = null);

    public static async Task<(StudioAsset? Asset, ProblemHttpResult? Problem)> StoreAsync(Incoming incoming, ComplianceClient compliance, StudioRequest request)
    {
        var (content, brand) = (incoming.Request, incoming.Brand);
        var assetId = Guid.CreateVersion7();
        var safeZones = incoming.Platform is { } target && brand.SafeZonePlatforms.Contains(target) ? target : null;
        ComplianceReply score;
        ComplianceReplyPart[] parts;
        try
        {
            score = await compliance.ScoreAsync(new ComplianceCall(Convert.ToBase64String(incoming.Bytes),
                new ComplianceCallRules(brand.Palette, brand.PaletteTolerance, brand.Logo is null ? null : Convert.ToBase64String(brand.Logo),
                    brand.MinLogoWidthRatio, brand.MinTextHeightRatio, brand.MinContrast, safeZones),
                assetId, "studio-asset"), request.CancellationToken);
            parts = [.. new[] { "colour", "logo", "typography", "layout" }.Select(name => Part(score, name))];
        }
        catch (ComplianceUnavailableException error)
        {
            return (null, StudioProblems.ScoringUnavailable(error.Message));
        }
        var asset = new StudioAsset
        {
            Id = assetId,
            TenantId = request.TenantId,
            ClientProfileId = content.ClientProfileId,
            ContentRequestId = content.Id,
            FileName = incoming.FileName,
            ContentType = incoming.Image.ContentType,
            Width = incoming.Image.Width,
            Height = incoming.Image.Height,
            Content = incoming.Bytes,
            Platform = incoming.Platform,
            Score = score.Score,
            ColourScore = parts[0].Score,
            ColourReason = parts[0].Reason,
            LogoScore = parts[1].Score,
            LogoReason = parts[1].Reason,
            TypographyScore = parts[2].Score,
            TypographyReason = parts[2].Reason,
            LayoutScore = parts[3].Score,
            LayoutReason = parts[3].Reason,
            Source = incoming.Source,
            Stock = incoming.Stock,
            UploadedBy = request.UserId ?? Guid.Empty,
            CreatedAt = request.Clock.GetUtcNow(),
        };
        request.Db.StudioAssets.Add(asset);
        content.UpdatedAt = asset.CreatedAt;
        content.Revision++;
        return await StudioSave.TrySaveAsync(request.Db, request.CancellationToken) is { } conflict ? (null, conflict) : (asset, null);
    }

    private static ComplianceReplyPart Part(ComplianceReply reply, string name) =>
        reply.Parts.FirstOrDefault(p => p.Name == name) ?? throw new ComplianceUnavailableException($"ml-detection's answer has no {name} part.");
}
