namespace AdFlux.ServiceDefaults.Auth;

/// <summary>Token validation and key-refresh settings, bound from <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The <c>iss</c> identity writes and every service requires.</summary>
    public string Issuer { get; set; } = "adflux-identity";

    /// <summary>The <c>aud</c> identity writes and every service requires.</summary>
    public string Audience { get; set; } = "adflux";

    /// <summary>Tolerated clock difference between identity and a service.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Known keys are re-read this often, so retired keys stop being trusted without a restart.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A token with an unknown <c>kid</c> triggers a re-read at most this often, so a flood of
    /// forged tokens cannot turn into a flood of JWKS requests.
    /// </summary>
    public TimeSpan KeyRefreshMinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a service may reuse identity's positive answer for an API key. Zero (the
    /// default) asks identity every time, so a revoked key is refused at once everywhere.
    /// </summary>
    public TimeSpan ApiKeyCacheDuration { get; set; } = TimeSpan.Zero;
}
