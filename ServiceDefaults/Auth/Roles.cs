namespace AdFlux.ServiceDefaults.Auth;

public static class Roles
{
    public const string Admin = "admin";
    public const string Viewer = "viewer";
}
