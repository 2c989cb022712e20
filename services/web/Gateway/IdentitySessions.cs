using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace AdFlux.Web.Gateway;

/// <summary>Identity's session endpoints, through the gateway: login, who am I, refresh, logout.</summary>
public sealed class IdentitySessions(HttpClient http)
{
    public async Task<ApiResult<TokenPair>> LoginAsync(string? email, string? password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/identity/login", new { email, password }, cancellationToken);
        return response.IsSuccessStatusCode
            ? ApiResult<TokenPair>.Ok(await response.Content.ReadFromJsonAsync<TokenPair>(cancellationToken))
            : ApiResult<TokenPair>.Failed(await ApiProblem.ReadAsync(response, cancellationToken));
    }

    public async Task<ApiResult<MeResponse>> MeAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/identity/users/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode
            ? ApiResult<MeResponse>.Ok(await response.Content.ReadFromJsonAsync<MeResponse>(cancellationToken))
            : ApiResult<MeResponse>.Failed(await ApiProblem.ReadAsync(response, cancellationToken));
    }

    /// <summary>A new pair for the refresh token, or null when identity refuses it (spent, revoked, expired).</summary>
    public async Task<TokenPair?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/identity/refresh", new { refreshToken }, cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<TokenPair>(cancellationToken) : null;
    }

    /// <summary>Revokes the refresh token's family; the access token then expires on its own within minutes.</summary>
    public async Task LogoutAsync(TokenPair tokens, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/identity/logout")
        {
            Content = JsonContent.Create(new { refreshToken = tokens.RefreshToken }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        using var response = await http.SendAsync(request, cancellationToken);
    }
}
