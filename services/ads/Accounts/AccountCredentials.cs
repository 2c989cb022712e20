using System.Text.Json;
using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Secrets;

namespace AdFlux.Ads.Accounts;

/// <summary>
/// Seals and opens an account's credentials. The purpose names the tenant, client profile and
/// platform, so a sealed blob copied onto another account's row does not open.
/// </summary>
public sealed class AccountCredentials(SecretProtector protector)
{
    public const string KeySetting = "Ads:Secrets:Key";

    public byte[] Seal(AdAccount account, PlatformCredentials credentials) =>
        protector.Protect(JsonSerializer.Serialize(credentials), PurposeOf(account));

    public PlatformCredentials Open(AdAccount account) =>
        JsonSerializer.Deserialize<PlatformCredentials>(protector.Unprotect(account.ProtectedCredentials, PurposeOf(account)))
        ?? throw new InvalidOperationException($"The credentials of ad account {account.Id} are empty.");

    private static string PurposeOf(AdAccount account) => $"ads-account:{account.TenantId}:{account.ClientProfileId}:{account.Platform}";
}
