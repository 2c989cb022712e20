using AdFlux.Video.Domain;

namespace AdFlux.Video.Api;

public sealed record PublicationResponse(Guid Id, Guid VariantId, string Platform, string ExternalId, string? Url, DateTimeOffset PublishedAt, DateTimeOffset CreatedAt)
{
    public static PublicationResponse From(Publication p) => new(p.Id, p.VariantId, p.Platform, p.ExternalId, p.Url, p.PublishedAt, p.CreatedAt);
}
