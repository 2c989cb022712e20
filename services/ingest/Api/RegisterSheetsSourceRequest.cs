namespace AdFlux.Ingest.Api;

/// <summary>A client profile's spreadsheet and the service-account key file (JSON) that may read it.</summary>
public sealed record RegisterSheetsSourceRequest(Guid? ClientProfileId, string? SpreadsheetId, string? ServiceAccountJson);
