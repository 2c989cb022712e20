namespace AdFlux.Testing.Auth;

/// <summary>
/// Who an endpoint admits: any authenticated caller of the tenant, admins only, or (machine
/// endpoints such as webhooks) an admin's token or any of the tenant's API keys but no viewer token.
/// </summary>
public enum Access
{
    Authenticated,
    Admin,
    Machine,
}
