namespace AdFlux.Ingest.Webhooks;

/// <summary>What storing a delivery did: a new row and its events, or nothing because it repeats <see cref="Id"/>.</summary>
public sealed record DeliveryOutcome(Guid Id, bool Duplicate, int Events);
