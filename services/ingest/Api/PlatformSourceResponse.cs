using AdFlux.Ingest.Domain;

namespace AdFlux.Ingest.Api;

/// <summary>A YouTube or Spotify source, its credential's state and its last pull (never the credential itself).</summary>
public sealed record PlatformSourceResponse(
    Guid Id,
    Guid ClientProfileId,
    string Platform,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<string> VideoIds,
    string CredentialStatus,
    DateTimeOffset? CredentialRefusedAt,
    string? CredentialError,
    DateTimeOffset? LastPullAt,
    string? LastOutcome,
    string? LastError,
    DateTimeOffset CreatedAt)
{
    public const string CredentialOk = "ok";
    public const string CredentialNeedsAttention = "needs_attention";

    public static PlatformSourceResponse From(PlatformSource source) => new(
        source.Id, source.ClientProfileId, source.Platform, source.EntityIds, source.VideoIds,
        source.CredentialRefusedAt is null ? CredentialOk : CredentialNeedsAttention, source.CredentialRefusedAt, source.CredentialError,
        source.LastPullAt, source.LastOutcome, source.LastError, source.CreatedAt);
}
