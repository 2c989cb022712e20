using System.Security.Cryptography;

namespace AdFlux.AppHost;

/// <summary>
/// The local admin identity bootstraps on its first start: generated once, kept in
/// <c>&lt;data&gt;/admin-login</c> (mode 600) and handed to identity as
/// <c>Identity__Bootstrap__*</c> on every start, so the account and the file always agree.
/// </summary>
public sealed record AdminLogin(string Email, string Password, bool IsNew)
{
    public const string FileName = "admin-login";
    public const string TenantName = "Local";
    public const string DefaultEmail = "admin@adflux.local";

    public IReadOnlyDictionary<string, string> BootstrapEnvironment => new Dictionary<string, string>
    {
        ["Identity__Bootstrap__TenantName"] = TenantName,
        ["Identity__Bootstrap__AdminEmail"] = Email,
        ["Identity__Bootstrap__AdminPassword"] = Password,
    };

    public static AdminLogin LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            var values = File.ReadAllLines(path)
                .Select(line => line.Split('=', 2))
                .Where(parts => parts.Length == 2)
                .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());
            if (values.TryGetValue("email", out var email) && values.TryGetValue("password", out var password))
            {
                return new AdminLogin(email, password, IsNew: false);
            }
        }
        var created = new AdminLogin(DefaultEmail, NewPassword(), IsNew: true);
        File.WriteAllText(path, "");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllLines(path, [$"email={created.Email}", $"password={created.Password}"]);
        return created;
    }

    /// <summary>21 characters with a lower-case letter, an upper-case letter, a digit and a symbol, whatever the policy asks.</summary>
    private static string NewPassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        var all = lower + upper + digits;
        char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
        var chars = Enumerable.Range(0, 17).Select(_ => Pick(all)).Append(Pick(lower)).Append(Pick(upper)).Append(Pick(digits)).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars) + "!";
    }
}
