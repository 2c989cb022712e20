namespace AdFlux.ServiceDefaults.Auth;

/// <summary>Claim names in AdFlux access tokens (JWT) and API-key principals.</summary>
public static class AdFluxClaims
{
    public const string Subject = "sub";
    public const string TenantId = "tenant_id";
    public const string Role = "role";

    /// <summary>A viewer limited to some client profiles carries one claim per profile id.</summary>
    public const string ClientProfileId = "client_id";

    /// <summary>Set on principals authenticated by an API key (machine callers).</summary>
    public const string ApiKeyId = "api_key_id";
}
