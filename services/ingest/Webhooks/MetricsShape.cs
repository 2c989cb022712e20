namespace AdFlux.Ingest.Webhooks;

/// <summary>
/// How a metrics webhook names its entity: a required id field (<c>channel_id</c>) and an
/// optional finer one (<c>video_id</c>) that, when present, is the entity. A null
/// <see cref="Platform"/> or <see cref="EntityType"/> is read from the record's <c>platform</c> / <c>entity_type</c>.
/// </summary>
public sealed record MetricsShape(
    string Source,
    string? Platform,
    string? EntityType,
    string EntityIdField,
    string? ChildEntityType,
    string? ChildIdField);
