using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace AdFlux.AppHost.Tests;

/// <summary>What the end-to-end tests do through the gateway as the local admin the AppHost bootstrapped.</summary>
public static class GatewayCalls
{
    public static async Task<string> LoginAsAdminAsync(HttpClient gateway, string dataDirectory)
    {
        var login = AdminLogin.LoadOrCreate(dataDirectory);
        Assert.False(login.IsNew);
        using var response = await gateway.PostAsJsonAsync("/api/identity/login", new { email = login.Email, password = login.Password });
        Assert.True(response.IsSuccessStatusCode, $"login: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Creates a user (identity writes it and a <c>UserCreated</c> to its outbox); <paramref name="traceParent"/> makes the request part of a chosen trace.</summary>
    public static async Task<Guid> CreateUserAsync(HttpClient gateway, string accessToken, string? traceParent = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/identity/users")
        {
            Content = JsonContent.Create(new { email = $"e2e-{Guid.NewGuid():N}@adflux.local", password = "E2e-password-" + Guid.NewGuid().ToString("N"), role = "admin" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (traceParent is not null)
        {
            request.Headers.Add("traceparent", traceParent);
        }
        using var response = await gateway.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"create user: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }
}
