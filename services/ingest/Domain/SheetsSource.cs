using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Ingest.Domain;

/// <summary>
/// A client profile's Google spreadsheet with the seed 004 "Posts" and "Comments" tabs (table
/// <c>sheets_sources</c>), its service-account key (encrypted) and how far the last successful pull read.
/// </summary>
public sealed class SheetsSource : IClientProfileScoped
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid ClientProfileId { get; set; }

    public required string SpreadsheetId { get; set; }

    /// <summary>The service-account key file (JSON), encrypted with the ingest secrets key.</summary>
    public required byte[] Credential { get; set; }

    /// <summary>Newest post <c>created_at</c> a successful pull delivered; later pulls deliver only newer posts.</summary>
    public DateTimeOffset? PostsWatermark { get; set; }

    /// <summary>The post URLs delivered at exactly <see cref="PostsWatermark"/>, so a post with the same timestamp added later is still new.</summary>
    public string[] PostsAtWatermark { get; set; } = [];

    public DateTimeOffset? CommentsWatermark { get; set; }

    public DateTimeOffset? LastPullAt { get; set; }

    /// <summary><c>succeeded</c>, <c>failed</c> or <c>credential_refused</c>.</summary>
    public string? LastOutcome { get; set; }

    public string? LastError { get; set; }

    /// <summary>The last pull's skipped rows (jsonb array of tab, row, column, reason).</summary>
    public string LastRowErrors { get; set; } = "[]";

    /// <summary>When Google refused the service-account key; scheduled pulls wait until it is replaced.</summary>
    public DateTimeOffset? CredentialRefusedAt { get; set; }

    public string? CredentialError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
