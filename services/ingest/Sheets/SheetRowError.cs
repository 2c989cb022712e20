namespace AdFlux.Ingest.Sheets;

/// <summary>A skipped row: which tab, which sheet row (the header is row 1), which column and why.</summary>
public sealed record SheetRowError(string Tab, int Row, string Column, string Reason);
