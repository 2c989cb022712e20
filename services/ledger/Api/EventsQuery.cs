namespace AdFlux.Ledger.Api;

/// <summary>Filters of <c>GET /api/ledger/events</c>; <c>type</c> is a full contract name or its last segment.</summary>
public sealed record EventsQuery(string? Type, DateTimeOffset? From, DateTimeOffset? To, Guid? CorrelationId, long? Cursor, int? Limit);
