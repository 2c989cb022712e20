namespace AdFlux.Ingest.Api;

/// <summary>How long the source's current secrets keep working after the new one is made (default <c>Ingest:Webhooks:SecretOverlap</c>).</summary>
public sealed record RotateSecretRequest(int? OverlapMinutes);
