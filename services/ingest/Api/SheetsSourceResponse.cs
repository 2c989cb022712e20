using System.Text.Json;
using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Sheets;

namespace AdFlux.Ingest.Api;

/// <summary>A registered spreadsheet and its last pull (never its credential).</summary>
public sealed record SheetsSourceResponse(
    Guid Id,
    Guid ClientProfileId,
    string SpreadsheetId,
    DateTimeOffset? PostsWatermark,
    DateTimeOffset? LastPullAt,
    string? LastOutcome,
    string? LastError,
    IReadOnlyList<SheetRowError> LastSkippedRows,
    string CredentialStatus = PlatformSourceResponse.CredentialOk,
    string? CredentialError = null)
{
    public static SheetsSourceResponse From(SheetsSource source) => new(
        source.Id, source.ClientProfileId, source.SpreadsheetId, source.PostsWatermark, source.LastPullAt, source.LastOutcome, source.LastError,
        JsonSerializer.Deserialize<List<SheetRowError>>(source.LastRowErrors, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [],
        source.CredentialRefusedAt is null ? PlatformSourceResponse.CredentialOk : PlatformSourceResponse.CredentialNeedsAttention, source.CredentialError);
}
