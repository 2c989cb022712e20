using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AdFlux.ServiceDefaults.Auth;
using Xunit;

namespace AdFlux.Testing.Auth;

/// <summary>
/// A data-driven proof that every non-public endpoint enforces authentication, roles and
/// tenancy. Register each endpoint in one line; each (endpoint, check) pair becomes a test row:
/// <code>
/// public static readonly AuthMatrix Matrix = new AuthMatrix()
///     .Get("/api/identity/client-profiles/{clientProfile}")
///     .Post("/api/identity/client-profiles", _ => new { name = "Matrix" });
/// public static TheoryData&lt;string, string&gt; Cases => Matrix.Cases();
/// [Theory, MemberData(nameof(Cases))]
/// public Task Endpoint_enforces(string endpoint, string check) => Matrix.VerifyAsync(endpoint, check, world);
/// </code>
/// Reads default to <see cref="Access.Authenticated"/>, writes to <see cref="Access.Admin"/>.
/// </summary>
public sealed class AuthMatrix(bool apiKeys = true)
{
    private readonly List<MatrixEndpoint> _endpoints = [];

    public IReadOnlyList<MatrixEndpoint> Endpoints => _endpoints;

    public AuthMatrix Get(string path, Access access = Access.Authenticated) => Add(HttpMethod.Get, path, access, null);

    public AuthMatrix Post(string path, Func<MatrixTenant, object?>? body = null, Access access = Access.Admin) => Add(HttpMethod.Post, path, access, body);

    public AuthMatrix Put(string path, Func<MatrixTenant, object?>? body = null, Access access = Access.Admin) => Add(HttpMethod.Put, path, access, body);

    public AuthMatrix Patch(string path, Func<MatrixTenant, object?>? body = null, Access access = Access.Admin) => Add(HttpMethod.Patch, path, access, body);

    public AuthMatrix Delete(string path, Access access = Access.Admin) => Add(HttpMethod.Delete, path, access, null);

    public AuthMatrix Add(HttpMethod method, string path, Access access, Func<MatrixTenant, object?>? body)
    {
        var endpoint = new MatrixEndpoint(method, path, access, body);
        if (_endpoints.Any(existing => existing.Name == endpoint.Name))
        {
            throw new ArgumentException($"{endpoint.Name} is registered twice.", nameof(path));
        }
        _endpoints.Add(endpoint);
        return this;
    }

    public TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in _endpoints)
        {
            foreach (var check in ChecksFor(endpoint))
            {
                data.Add(endpoint.Name, check);
            }
        }
        return data;
    }

    public IEnumerable<string> ChecksFor(MatrixEndpoint endpoint)
    {
        yield return MatrixCheck.NoCredentials;
        yield return MatrixCheck.ForgedToken;
        yield return MatrixCheck.ExpiredToken;
        yield return MatrixCheck.AlgNoneToken;
        if (apiKeys)
        {
            yield return MatrixCheck.RevokedApiKey;
        }
        if (endpoint.Access == Access.Admin)
        {
            yield return MatrixCheck.ViewerForbidden;
        }
        else
        {
            yield return MatrixCheck.ViewerAllowed;
            if (apiKeys && endpoint.Method == HttpMethod.Get)
            {
                yield return MatrixCheck.ApiKeyAllowed;
            }
        }
        if (endpoint.HasResource)
        {
            yield return MatrixCheck.OtherTenantsResource;
        }
        yield return MatrixCheck.AdminAllowed;
    }

    public async Task VerifyAsync(string endpointName, string check, AuthMatrixWorld world)
    {
        var endpoint = _endpoints.Single(e => e.Name == endpointName);
        var a = world.A;
        var (owner, credentials, expected) = check switch
        {
            MatrixCheck.NoCredentials => (a, Credentials.None, Expect.Status(HttpStatusCode.Unauthorized)),
            MatrixCheck.ForgedToken => (a, Credentials.Bearer(TestTokens.Forged(a.TenantId, a.AdminUserId)), Expect.Status(HttpStatusCode.Unauthorized)),
            MatrixCheck.ExpiredToken => (a, Credentials.Bearer(TestTokens.Expired(a.TenantId, a.AdminUserId)), Expect.Status(HttpStatusCode.Unauthorized)),
            MatrixCheck.AlgNoneToken => (a, Credentials.Bearer(TestTokens.AlgNone(a.TenantId, a.AdminUserId)), Expect.Status(HttpStatusCode.Unauthorized)),
            MatrixCheck.RevokedApiKey => (a, Credentials.Key(Required(a.RevokedApiKey, "RevokedApiKey")), Expect.Status(HttpStatusCode.Unauthorized)),
            MatrixCheck.ViewerForbidden => (a, Credentials.Bearer(a.ViewerToken), Expect.Status(HttpStatusCode.Forbidden)),
            MatrixCheck.OtherTenantsResource => (world.B, Credentials.Bearer(a.AdminToken), Expect.Status(HttpStatusCode.NotFound)),
            MatrixCheck.AdminAllowed => (a, Credentials.Bearer(a.AdminToken), Expect.Success),
            MatrixCheck.ViewerAllowed => (a, Credentials.Bearer(a.ViewerToken), Expect.Success),
            MatrixCheck.ApiKeyAllowed => (a, Credentials.Key(Required(a.ApiKey, "ApiKey")), Expect.Success),
            _ => throw new ArgumentException($"Unknown check '{check}'.", nameof(check)),
        };

        using var request = new HttpRequestMessage(endpoint.Method, Resolve(endpoint.Path, owner));
        credentials(request);
        if (endpoint.Body?.Invoke(owner) is { } body)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }
        using var response = await world.Client.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        Assert.True(
            expected(response.StatusCode),
            $"{endpoint.Name} [{check}]: got {(int)response.StatusCode} {response.StatusCode}. Body: {content}");
        if (!response.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static string Resolve(string path, MatrixTenant tenant)
    {
        var resolved = path;
        foreach (var (name, value) in tenant.Resources)
        {
            resolved = resolved.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        if (resolved.Contains('{', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Tenant {tenant.Name} has no resource for a segment of '{path}'.");
        }
        return resolved;
    }

    private static string Required(string? value, string name) =>
        value ?? throw new InvalidOperationException($"The matrix world has no {name}: host identity (RouteIdentityTo) or build the matrix with apiKeys: false.");

    private static class Credentials
    {
        public static Action<HttpRequestMessage> None { get; } = _ => { };

        public static Action<HttpRequestMessage> Bearer(string token) =>
            request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        public static Action<HttpRequestMessage> Key(string apiKey) =>
            request => request.Headers.Add(AuthSchemes.ApiKeyHeader, apiKey);
    }

    private static class Expect
    {
        public static Func<HttpStatusCode, bool> Success { get; } = status => (int)status is >= 200 and < 300;

        public static Func<HttpStatusCode, bool> Status(HttpStatusCode wanted) => status => status == wanted;
    }
}
