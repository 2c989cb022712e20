using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AdFlux.Identity.Api.ApiKeys;
using AdFlux.Identity.Api.ClientProfiles;
using AdFlux.Identity.Api.Users;
using AdFlux.Identity.Tokens;
using AdFlux.ServiceDefaults.Auth;
using Xunit;

namespace AdFlux.Testing.Auth;

/// <summary>
/// Fills a tenant of a matrix world through identity's own API (seed 004 phase 3): two client
/// profiles, a viewer limited to the first, a viewer API key, a revoked key and a key to point at.
/// </summary>
public static class MatrixTenants
{
    public const string Password = "correct horse battery";

    public static async Task<MatrixTenant> SetUpAsync(
        HttpClient identity, string name, string adminEmail, HttpClient service, IServiceProvider services, Func<MatrixSeed, Task>? seed)
    {
        var admin = (await LoginAsync(identity, adminEmail)).AccessToken;
        var me = await SendAsync<MeResponse>(identity, HttpMethod.Get, "/api/identity/users/me", admin, null, HttpStatusCode.OK);
        var profile = await SendAsync<ClientProfileResponse>(identity, HttpMethod.Post, "/api/identity/client-profiles", admin,
            new { name = $"Artist {name}" }, HttpStatusCode.Created);
        var otherProfile = await SendAsync<ClientProfileResponse>(identity, HttpMethod.Post, "/api/identity/client-profiles", admin,
            new { name = $"Other artist {name}" }, HttpStatusCode.Created);
        var viewer = await SendAsync<UserResponse>(identity, HttpMethod.Post, "/api/identity/users", admin,
            new { email = $"viewer@tenant-{name.ToLowerInvariant()}.test", password = Password, role = Roles.Viewer, clientProfileIds = new[] { profile.Id } },
            HttpStatusCode.Created);
        var viewerToken = (await LoginAsync(identity, viewer.Email)).AccessToken;
        var apiKey = await CreateApiKeyAsync(identity, admin, "matrix");
        var revoked = await CreateApiKeyAsync(identity, admin, "revoked");
        using (var revoke = await SendAsync(identity, HttpMethod.Delete, $"/api/identity/api-keys/{revoked.Id}", admin, null))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }
        var resourceKey = await CreateApiKeyAsync(identity, admin, "resource");

        var filled = new MatrixSeed(name, me.TenantId, admin, profile.Id, otherProfile.Id, service, services);
        filled.Resources["clientProfile"] = profile.Id.ToString();
        filled.Resources["user"] = viewer.Id.ToString();
        filled.Resources["apiKey"] = resourceKey.Id.ToString();
        filled.OutOfScope["clientProfile"] = otherProfile.Id.ToString();
        if (seed is not null)
        {
            await seed(filled);
        }
        return new MatrixTenant(name, me.TenantId, me.UserId!.Value, admin, viewerToken, apiKey.Key, revoked.Key, filled.Resources)
        {
            OutOfScope = filled.OutOfScope,
        };
    }

    public static async Task<TokenPair> LoginAsync(HttpClient identity, string email, string password = Password)
    {
        using var response = await identity.PostAsJsonAsync("/api/identity/login", new { email, password });
        return await ReadAsync<TokenPair>(response, HttpStatusCode.OK);
    }

    private static Task<CreatedApiKeyResponse> CreateApiKeyAsync(HttpClient identity, string admin, string name) =>
        SendAsync<CreatedApiKeyResponse>(identity, HttpMethod.Post, "/api/identity/api-keys", admin, new { name, role = Roles.Viewer }, HttpStatusCode.Created);

    private static async Task<T> SendAsync<T>(HttpClient client, HttpMethod method, string path, string token, object? body, HttpStatusCode expected)
    {
        using var response = await SendAsync(client, method, path, token, body);
        return await ReadAsync<T>(response, expected);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token, object? body)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }
        return client.SendAsync(request);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {expected}, got {(int)response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
