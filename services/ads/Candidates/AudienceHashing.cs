using System.Security.Cryptography;
using System.Text;

namespace AdFlux.Ads.Candidates;

/// <summary>
/// Contact details normalised and SHA-256 hashed (lower-case hex) per Meta's customer-information
/// rules (developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters),
/// so raw emails and phones never leave AdFlux: an email is trimmed and lower-cased; a phone keeps
/// its digits only, without leading zeros, and always with its country code.
/// </summary>
public static class AudienceHashing
{
    public static string? NormalizeEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>
    /// A number written internationally (<c>+34 600…</c> or <c>0034 600…</c>) keeps its own country code;
    /// a national one (<c>(650)555-1212</c>, <c>07700 900123</c>) loses its trunk zeros and gets
    /// <paramref name="defaultCountryCode"/> (digits, e.g. "1" or "34") in front. Null when no digits remain.
    /// </summary>
    public static string? NormalizePhone(string? phone, string defaultCountryCode)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }
        var trimmed = phone.Trim();
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        var international = trimmed.StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
        digits = digits.TrimStart('0');
        if (digits.Length == 0)
        {
            return null;
        }
        return international ? digits : defaultCountryCode.TrimStart('+') + digits;
    }

    public static string? HashEmail(string? email) => NormalizeEmail(email) is { } normalized ? Sha256Hex(normalized) : null;

    public static string? HashPhone(string? phone, string defaultCountryCode) =>
        NormalizePhone(phone, defaultCountryCode) is { } normalized ? Sha256Hex(normalized) : null;

    /// <summary>
    /// A segment's members as rows of Meta's multi-key schema <c>["EMAIL", "PHONE"]</c>: one row per
    /// member with an email or a phone, each hashed ("" where the member has none), repeated rows once.
    /// </summary>
    public static IReadOnlyList<string[]> Rows(IEnumerable<Candidate> members, string defaultCountryCode) =>
        [.. members
            .Select(m => new[] { HashEmail(m.Email) ?? "", HashPhone(m.Phone, defaultCountryCode) ?? "" })
            .Where(row => row[0].Length > 0 || row[1].Length > 0)
            .DistinctBy(row => row[0] + "|" + row[1])];

    public static string Sha256Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
