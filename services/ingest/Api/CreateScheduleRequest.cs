namespace AdFlux.Ingest.Api;

/// <summary>Pull a source (<c>sheets</c>, <c>youtube</c> or <c>spotify</c>, by its id) on a five-field cron expression read in an IANA time zone.</summary>
public sealed record CreateScheduleRequest(string? Source, Guid? SourceId, string? Cron, string? TimeZone, bool? Enabled);
