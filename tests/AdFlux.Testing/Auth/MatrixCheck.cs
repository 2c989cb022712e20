namespace AdFlux.Testing.Auth;

/// <summary>What the matrix proves for each endpoint (names show in the test explorer).</summary>
public static class MatrixCheck
{
    public const string NoCredentials = "no credentials → 401";
    public const string ForgedToken = "forged token → 401";
    public const string ExpiredToken = "expired token → 401";
    public const string AlgNoneToken = "alg:none token → 401";
    public const string RevokedApiKey = "revoked API key → 401";
    public const string ViewerForbidden = "viewer → 403";
    public const string ViewerApiKeyForbidden = "viewer's API key → 403";
    public const string OtherTenantsResource = "another tenant's id in the path → 404";
    public const string OtherTenantsQuery = "another tenant's id in the query → none of its data";
    public const string OtherTenantsBody = "another tenant's id in the body → 400/404";
    public const string OutsideClientScope = "viewer outside its client-profile scope → none of that profile's data";
    public const string NotRoutedByGateway = "through the gateway → 404, not routed";

    // Positive controls: without them a missing route (404) or a broken login (401) would pass.
    public const string AdminAllowed = "admin of the tenant → 2xx";
    public const string ViewerAllowed = "viewer of the tenant → 2xx";
    public const string ApiKeyAllowed = "active API key → 2xx";
}
