namespace AdFlux.Ingest.Sheets;

/// <summary>What one pull did: new posts and comments delivered, rows skipped, and the outcome.</summary>
public sealed record SheetsPullReport(string Outcome, int Posts, int Comments, IReadOnlyList<SheetRowError> SkippedRows, string? Error);
