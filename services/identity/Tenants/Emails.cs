using System.Net.Mail;

namespace AdFlux.Identity.Tenants;

public static class Emails
{
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public static bool IsValid(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= 320 && MailAddress.TryCreate(email.Trim(), out var parsed) && parsed.Address == email.Trim();
}
