namespace AdFlux.ServiceDefaults.Auth;

/// <summary>Checks an <c>X-Api-Key</c> value: null for an unknown, revoked or expired key.</summary>
public interface IApiKeyVerifier
{
    Task<ApiKeyIdentity?> VerifyAsync(string apiKey, CancellationToken cancellationToken);
}
