namespace AdFlux.Identity.ApiKeys;

/// <summary><c>afx_&lt;key id&gt;_&lt;secret&gt;</c>: the id finds the row, the secret proves possession.</summary>
public static class ApiKeyFormat
{
    private const string Scheme = "afx_";

    public static string Compose(Guid id, string secret) => $"{Scheme}{id:N}_{secret}";

    public static string PrefixOf(Guid id) => $"{Scheme}{id:N}"[..12];

    public static bool TryParse(string key, out Guid id, out string secret)
    {
        id = Guid.Empty;
        secret = "";
        if (!key.StartsWith(Scheme, StringComparison.Ordinal) || key.Length < Scheme.Length + 34 || key[Scheme.Length + 32] != '_')
        {
            return false;
        }
        secret = key[(Scheme.Length + 33)..];
        return Guid.TryParseExact(key.AsSpan(Scheme.Length, 32), "N", out id) && secret.Length > 0;
    }
}
