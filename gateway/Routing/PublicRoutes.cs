using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Gateway.Routing;

/// <summary>Identity's endpoints a caller reaches before it has a token.</summary>
public static class PublicRoutes
{
    public static readonly IReadOnlyList<(string Id, string Method, string Path)> Identity =
    [
        ("identity-login", "POST", "/api/identity/login"),
        ("identity-refresh", "POST", "/api/identity/refresh"),
        ("identity-jwks", "GET", "/api/identity" + JwksSigningKeySource.Path),
    ];

    public const string Service = ResourceNames.Identity;
}
