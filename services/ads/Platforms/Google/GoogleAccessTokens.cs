using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AdFlux.Ads.Accounts;
using AdFlux.ServiceDefaults.Resilience;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Platforms.Google;

/// <summary>
/// Access tokens from Google's OAuth 2.0 refresh-token grant
/// (https://developers.google.com/identity/protocols/oauth2/web-server#offline), cached until a minute before they expire.
/// </summary>
public sealed class GoogleAccessTokens(IOptions<PlatformOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset ExpiresAt)> _cache = new();

    public async Task<string> GetAsync(HttpClient http, PlatformCredentials credentials, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{credentials.ClientId}\n{credentials.RefreshToken}")));
        if (_cache.TryGetValue(key, out var cached) && cached.ExpiresAt > clock.GetUtcNow())
        {
            return cached.Token;
        }
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = credentials.RefreshToken ?? "",
            ["client_id"] = credentials.ClientId ?? "",
            ["client_secret"] = credentials.ClientSecret ?? "",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.GoogleTokenUrl)) { Content = content };
        using var response = await http.SendAsync(request.MarkIdempotent(), cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using var error = JsonDocument.Parse(body);
            var code = error.RootElement.TryGetProperty("error", out var e) ? e.GetString() : null;
            throw new PlatformException(GoogleAdsClient.Platform, (int)response.StatusCode, code, "Google refused the refresh token.", transient: (int)response.StatusCode >= 500);
        }
        using var document = JsonDocument.Parse(body);
        var token = document.RootElement.GetProperty("access_token").GetString()!;
        var lifetime = TimeSpan.FromSeconds(document.RootElement.TryGetProperty("expires_in", out var expires) ? expires.GetInt32() : 3600);
        _cache[key] = (token, clock.GetUtcNow() + lifetime - TimeSpan.FromMinutes(1));
        return token;
    }
}
