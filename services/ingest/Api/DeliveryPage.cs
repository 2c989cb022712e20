namespace AdFlux.Ingest.Api;

/// <summary>A page of deliveries, newest first; pass <see cref="NextCursor"/> as <c>cursor</c> for the next (null: no more).</summary>
public sealed record DeliveryPage(IReadOnlyList<DeliveryResponse> Items, long? NextCursor);
