namespace AdFlux.ServiceDefaults.Auth;

/// <summary>Authentication scheme names registered by <c>AddServiceDefaults()</c>.</summary>
public static class AuthSchemes
{
    /// <summary>The default scheme: forwards to <see cref="ApiKey"/> when an <c>X-Api-Key</c> header is present, else to <see cref="Bearer"/>.</summary>
    public const string Default = "adflux";

    public const string Bearer = "Bearer";

    public const string ApiKey = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";
}
