namespace AdFlux.Testing.Auth;

/// <summary>Who an endpoint admits: any authenticated caller of the tenant, or admins only.</summary>
public enum Access
{
    Authenticated,
    Admin,
}
