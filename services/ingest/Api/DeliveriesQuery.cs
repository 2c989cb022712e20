namespace AdFlux.Ingest.Api;

/// <summary>Filters of <c>GET /api/ingest/deliveries</c>; newest first, <c>cursor</c> is a previous page's <c>nextCursor</c>.</summary>
public sealed record DeliveriesQuery(string? Source, Guid? ClientProfileId, DateTimeOffset? From, DateTimeOffset? To, long? Cursor, int? Limit);
