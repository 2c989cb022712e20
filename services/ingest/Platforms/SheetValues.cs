namespace AdFlux.Ingest.Platforms;

/// <summary>A Sheets <c>ValueRange</c>: the range read and its rows (formatted values, so every cell is text).</summary>
public sealed record SheetValues(string Range, string MajorDimension, IReadOnlyList<IReadOnlyList<string>> Values);
