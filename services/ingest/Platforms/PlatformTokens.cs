using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AdFlux.ServiceDefaults.Resilience;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdFlux.Ingest.Platforms;

/// <summary>
/// Access tokens for the platform clients, cached until a minute before they expire: Google
/// service-account JWT-bearer grants (RFC 7523; https://developers.google.com/identity/protocols/oauth2/service-account#httprest),
/// Google refresh-token grants, and Spotify's client-credentials flow. A refused grant is a
/// <see cref="PlatformCredentialException"/>.
/// </summary>
public sealed class PlatformTokens(HttpClient http, IMemoryCache cache, IOptions<PlatformOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public Task<string> GoogleServiceAccountAsync(GoogleServiceAccount account, string scope, CancellationToken cancellationToken) =>
        CachedAsync($"google-sa|{account.ClientEmail}|{scope}", () =>
        {
            var tokenUrl = options.Value.GoogleTokenUrl;
            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
                ["assertion"] = Assertion(account, scope, tokenUrl),
            };
            return RequestAsync("google", new Uri(tokenUrl), form, null, cancellationToken);
        });

    public Task<string> GoogleUserAsync(GoogleUserCredential credential, CancellationToken cancellationToken) =>
        CachedAsync($"google-user|{credential.ClientId}|{Hash(credential.RefreshToken)}", () => RequestAsync("google", new Uri(options.Value.GoogleTokenUrl), new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = credential.ClientId,
            ["client_secret"] = credential.ClientSecret,
            ["refresh_token"] = credential.RefreshToken,
        }, null, cancellationToken));

    public Task<string> SpotifyAsync(SpotifyCredential credential, CancellationToken cancellationToken) =>
        CachedAsync($"spotify|{credential.ClientId}|{Hash(credential.ClientSecret)}", () => RequestAsync(
            "spotify",
            PlatformOptions.Under(options.Value.SpotifyAccountsBaseUrl, "token"),
            new Dictionary<string, string> { ["grant_type"] = "client_credentials" },
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credential.ClientId}:{credential.ClientSecret}"))),
            cancellationToken));

    private async Task<string> CachedAsync(string key, Func<Task<(string Token, TimeSpan Lifetime)>> fetch)
    {
        if (cache.TryGetValue(key, out string? token) && token is not null)
        {
            return token;
        }
        var (fresh, lifetime) = await fetch();
        cache.Set(key, fresh, lifetime > Margin * 2 ? lifetime - Margin : lifetime / 2);
        return fresh;
    }

    private async Task<(string, TimeSpan)> RequestAsync(
        string platform, Uri url, Dictionary<string, string> form, AuthenticationHeaderValue? authorization, CancellationToken cancellationToken)
    {
        // A token grant changes nothing the platform keeps: safe to send again after a 5xx.
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) }.MarkIdempotent();
        request.Headers.Authorization = authorization;
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new PlatformCredentialException(platform, response.StatusCode, $"token request refused: {ErrorOf(body)}");
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new PlatformException(platform, response.StatusCode, $"token request failed with {(int)response.StatusCode}", PlatformResponses.RetryAfterOf(response));
        }
        using var document = JsonDocument.Parse(body);
        var token = document.RootElement.GetProperty("access_token").GetString()
            ?? throw new PlatformException(platform, response.StatusCode, "token response without access_token");
        var expiresIn = document.RootElement.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt32(out var s) ? s : 3600;
        return (token, TimeSpan.FromSeconds(expiresIn));
    }

    private string Assertion(GoogleServiceAccount account, string scope, string audience)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(account.PrivateKeyPem);
        var now = clock.GetUtcNow().UtcDateTime;
        var key = new RsaSecurityKey(rsa.ExportParameters(true)) { KeyId = account.PrivateKeyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = account.ClientEmail,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object> { ["scope"] = scope },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string ErrorOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString()! : "unknown error";
        }
        catch (JsonException)
        {
            return "unreadable error";
        }
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..16];
}
