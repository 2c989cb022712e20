namespace AdFlux.Identity;

/// <summary>Token lifetimes and key rotation, bound from <c>Identity</c>.</summary>
public sealed class IdentityServiceOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// Also the bound on how long other services keep honouring the token of a user who was
    /// deactivated, deleted or demoted: identity refuses it at once, they only at expiry.
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>A new signing key replaces the current one this often; the old one stays published until its tokens expire.</summary>
    public TimeSpan SigningKeyRotationInterval { get; set; } = TimeSpan.FromDays(30);
}
