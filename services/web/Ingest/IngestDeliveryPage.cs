namespace AdFlux.Web.Ingest;

/// <summary>A page of deliveries, newest first; <see cref="NextCursor"/> asks for the next (null: no more).</summary>
public sealed record IngestDeliveryPage(IReadOnlyList<IngestDelivery> Items, long? NextCursor);
