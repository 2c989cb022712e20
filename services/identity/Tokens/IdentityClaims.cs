namespace AdFlux.Identity.Tokens;

/// <summary>Claims only identity reads.</summary>
public static class IdentityClaims
{
    /// <summary>The user's <c>SecurityVersion</c> when the token was issued.</summary>
    public const string SecurityVersion = "sver";
}
