namespace AdFlux.Video.Api;

public sealed record ConfirmPublication(Guid? VariantId, string? Platform, string? ExternalId, string? Url, DateTimeOffset? PublishedAt);
