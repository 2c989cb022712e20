using AdFlux.Video.Domain;

namespace AdFlux.Video.Api;

public sealed record VariantResponse(Guid Id, Guid ClipId, Guid VideoId, string Format, int Width, int Height, double DurationSeconds, string Reframe, long SizeBytes, DateTimeOffset CreatedAt)
{
    public static VariantResponse From(Variant v) => new(v.Id, v.ClipId, v.VideoId, v.Format, v.Width, v.Height, v.DurationSeconds, v.Reframe, v.SizeBytes, v.CreatedAt);
}
