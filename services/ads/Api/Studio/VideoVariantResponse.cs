using AdFlux.Ads.Studio.Variants;

namespace AdFlux.Ads.Api.Studio;

/// <summary>A video variant of the request's clip, as video announced it (the file is served by video).</summary>
public sealed record VideoVariantResponse(Guid VariantId, Guid ClipId, string Platform, int Width, int Height, double DurationSeconds, DateTimeOffset RenderedAt)
{
    public static VideoVariantResponse From(StudioVideoVariant v) => new(v.VariantId, v.ClipId, v.Platform, v.Width, v.Height, v.DurationSeconds, v.RenderedAt);
}
