using System.Security.Cryptography;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>The superuser's and the application role's passwords of a local server, kept beside its data (mode 600).</summary>
public sealed record PostgresCredentials(string SuperUserPassword, string ApplicationPassword)
{
    public static PostgresCredentials LoadOrCreate(string path)
    {
        if (File.Exists(path) && File.ReadAllLines(path) is [var superUser, var application, ..])
        {
            return new PostgresCredentials(superUser, application);
        }
        var created = new PostgresCredentials(NewPassword(), NewPassword());
        File.WriteAllLines(path, [created.SuperUserPassword, created.ApplicationPassword]);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return created;
    }

    private static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
