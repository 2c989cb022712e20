namespace AdFlux.Ingest.Api;

/// <summary>A new service-account key file (JSON) for a spreadsheet source, e.g. after Google refused the old one.</summary>
public sealed record ReplaceSheetsCredentialRequest(string? ServiceAccountJson);
