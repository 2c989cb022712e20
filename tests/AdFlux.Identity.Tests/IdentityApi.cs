using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AdFlux.Identity.Api.ApiKeys;
using AdFlux.Identity.Api.ClientProfiles;
using AdFlux.Identity.Api.Users;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Identity.Tests;

/// <summary>Typed calls to identity's HTTP API, failing loudly when a set-up step does not succeed.</summary>
public sealed class IdentityApi(HttpClient client)
{
    public HttpClient Client => client;

    public async Task<TokenPair> LoginAsync(string email, string password = IdentityFactory.Password)
    {
        using var response = await client.PostAsJsonAsync("/api/identity/login", new { email, password });
        return await ReadAsync<TokenPair>(response, HttpStatusCode.OK);
    }

    public async Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        await client.PostAsJsonAsync("/api/identity/refresh", new { refreshToken });

    public async Task<MeResponse> MeAsync(string token)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/identity/users/me", token);
        return await ReadAsync<MeResponse>(response, HttpStatusCode.OK);
    }

    public async Task<ClientProfileResponse> CreateClientProfileAsync(string token, string name)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/identity/client-profiles", token, new { name });
        return await ReadAsync<ClientProfileResponse>(response, HttpStatusCode.Created);
    }

    public async Task<UserResponse> CreateUserAsync(string token, string email, string role, params Guid[] clientProfileIds)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/identity/users", token,
            new { email, password = IdentityFactory.Password, role, clientProfileIds });
        return await ReadAsync<UserResponse>(response, HttpStatusCode.Created);
    }

    public async Task<CreatedApiKeyResponse> CreateApiKeyAsync(string token, string name, string role = Roles.Viewer)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/identity/api-keys", token, new { name, role });
        return await ReadAsync<CreatedApiKeyResponse>(response, HttpStatusCode.Created);
    }

    public async Task RevokeApiKeyAsync(string token, Guid id)
    {
        using var response = await SendAsync(HttpMethod.Delete, $"/api/identity/api-keys/{id}", token);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }
        return client.SendAsync(request);
    }

    public Task<HttpResponseMessage> SendWithApiKeyAsync(HttpMethod method, string path, string apiKey)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(AuthSchemes.ApiKeyHeader, apiKey);
        return client.SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
