namespace AdFlux.Web.Account;

/// <summary>The login form's fields.</summary>
public sealed class LoginInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
