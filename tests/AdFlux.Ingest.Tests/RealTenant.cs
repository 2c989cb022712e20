namespace AdFlux.Ingest.Tests;

/// <summary>A tenant identity knows (so ingest's client-profile checks pass), its admin's access token and one client profile.</summary>
public sealed record RealTenant(Guid TenantId, string AdminToken, Guid ClientProfileId);
