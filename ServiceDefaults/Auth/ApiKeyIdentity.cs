namespace AdFlux.ServiceDefaults.Auth;

/// <summary>Who an API key speaks for, as identity answers it.</summary>
public sealed record ApiKeyIdentity(Guid ApiKeyId, Guid TenantId, string Role, IReadOnlyList<Guid> ClientProfileIds);
