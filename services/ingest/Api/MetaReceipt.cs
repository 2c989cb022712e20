namespace AdFlux.Ingest.Api;

/// <summary>What a Meta delivery became: one stored delivery per tenant it concerned, and the entries of unregistered accounts it ignored.</summary>
public sealed record MetaReceipt(IReadOnlyList<WebhookReceipt> Deliveries, int IgnoredEntries);
