namespace AdFlux.ServiceDefaults.Auth;

/// <summary>Body of identity's internal <c>POST /internal/api-keys/verify</c>.</summary>
public sealed record ApiKeyVerifyRequest(string Key)
{
    public const string Path = "/internal/api-keys/verify";
}
