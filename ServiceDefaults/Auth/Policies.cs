namespace AdFlux.ServiceDefaults.Auth;

/// <summary>Authorization policy names: endpoints say <c>.RequireAuthorization(Policies.Admin)</c>.</summary>
public static class Policies
{
    /// <summary>Writes and admin-only reads; viewers get 403.</summary>
    public const string Admin = "admin";
}
