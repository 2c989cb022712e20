namespace AdFlux.Web.Ingest;

/// <summary>A new signing secret: the only answer that carries its value. The previous ones work until <see cref="PreviousValidUntil"/>.</summary>
public sealed record RotatedSecret(Guid Id, string Source, string Secret, DateTimeOffset CreatedAt, DateTimeOffset? PreviousValidUntil);
