using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AdFlux.ServiceDefaults.Auth;
using Xunit;

namespace AdFlux.Testing.Auth;

/// <summary>
/// The one way every service proves its authorization: a data-driven matrix of every non-public
/// endpoint against credentials, roles, tenancy and client-profile scope. Register each endpoint
/// in one line; each (endpoint, check) pair becomes a test row:
/// <code>
/// public static readonly AuthMatrix Matrix = new AuthMatrix()
///     .Get("/api/ledger/events?correlationId={correlation}").ClientScoped()
///     .Get("/api/identity/client-profiles/{clientProfile}")
///     .Post("/api/identity/client-profiles", _ => new { name = "Matrix" })
///     .NotRoutedByGateway(HttpMethod.Post, "/internal/api-keys/verify", t => new { key = t.ApiKey });
/// public static TheoryData&lt;string, string&gt; Cases => Matrix.Cases();
/// [Theory, MemberData(nameof(Cases))]
/// public Task Endpoint_enforces(string endpoint, string check) => Matrix.VerifyAsync(endpoint, check, world);
/// </code>
/// Reads default to <see cref="Access.Authenticated"/>, writes to <see cref="Access.Admin"/>.
/// <para>
/// The world: a service test project gets one with its own service hosted beside a real identity
/// (two tenants, each with an admin, a viewer limited to the first of two client profiles, a viewer
/// API key and a revoked key) from <see cref="MatrixWorldHost{TProgram}"/>:
/// <code>
/// public sealed class VideoMatrixWorld : IAsyncLifetime
/// {
///     public MatrixWorldHost&lt;AdFlux.Video.Program&gt; Host { get; private set; } = null!;
///     public async Task InitializeAsync() =&gt; Host = await MatrixWorldHost&lt;AdFlux.Video.Program&gt;.StartAsync(
///         ResourceNames.Video, new MatrixWorldOptions { Seed = SeedAsync });
///     // Per tenant: create one resource of each kind in the first profile and in the second.
///     private static async Task SeedAsync(MatrixSeed seed)
///     {
///         seed.Resources["video"] = await UploadAsync(seed.Client, seed.AdminToken, seed.ClientProfile);
///         seed.OutOfScope["video"] = await UploadAsync(seed.Client, seed.AdminToken, seed.OtherClientProfile);
///     }
///     public Task DisposeAsync() =&gt; Host.DisposeAsync().AsTask();
/// }
/// </code>
/// then <c>Matrix.VerifyAsync(endpoint, check, fixture.Host.World)</c>.
/// </para>
/// Rows: no credentials, forged, expired and <c>alg:none</c> tokens, a revoked API key (401); a viewer
/// and the viewer's API key on an admin endpoint (403); another tenant's id in the path (404), in the
/// query (none of that tenant's data comes back) and in the body (400/404); the viewer with the
/// other client profile's resources (404, or none of that profile's data: endpoints that list
/// profile data are marked <see cref="ClientScoped"/>, and then the admin must see that data first);
/// and the admin, viewer and API key of the tenant succeeding, so a missing route or broken login
/// cannot pass the negative rows.
/// A service whose data belongs to the tenant as a whole and to no client profile passes
/// <c>clientProfiles: false</c>: it has no out-of-scope row, and a limited viewer sees all of it.
/// </summary>
public sealed class AuthMatrix(bool apiKeys = true, bool clientProfiles = true)
{
    private readonly List<MatrixEndpoint> _endpoints = [];

    public IReadOnlyList<MatrixEndpoint> Endpoints => _endpoints;

    public AuthMatrix Get(string path, Access access = Access.Authenticated) => Add(HttpMethod.Get, path, access, null);

    public AuthMatrix Post(string path, Func<MatrixTenant, object?>? body = null, Access access = Access.Admin) => Add(HttpMethod.Post, path, access, body);

    public AuthMatrix Put(string path, Func<MatrixTenant, object?>? body = null, Access access = Access.Admin) => Add(HttpMethod.Put, path, access, body);

    public AuthMatrix Patch(string path, Func<MatrixTenant, object?>? body = null, Access access = Access.Admin) => Add(HttpMethod.Patch, path, access, body);

    public AuthMatrix Delete(string path, Access access = Access.Admin) => Add(HttpMethod.Delete, path, access, null);

    public AuthMatrix Add(HttpMethod method, string path, Access access, Func<MatrixTenant, object?>? body) =>
        Add(new MatrixEndpoint(method, path, access, body));

    /// <summary>
    /// Marks the endpoint registered last as returning client-profile data: its out-of-scope row then
    /// requires the admin to get the second profile's data (so the viewer's getting none proves the scope).
    /// </summary>
    public AuthMatrix ClientScoped()
    {
        if (_endpoints.Count == 0)
        {
            throw new InvalidOperationException("ClientScoped() applies to the endpoint registered before it.");
        }
        _endpoints[^1] = _endpoints[^1] with { ClientScoped = true };
        return this;
    }

    /// <summary>Marks the endpoint registered last as <see cref="MatrixEndpoint.WriteOnly"/>.</summary>
    public AuthMatrix WriteOnly()
    {
        if (_endpoints.Count == 0)
        {
            throw new InvalidOperationException("WriteOnly() applies to the endpoint registered before it.");
        }
        _endpoints[^1] = _endpoints[^1] with { WriteOnly = true };
        return this;
    }

    /// <summary>A service-to-service endpoint: served by the service itself, answered 404 by the gateway.</summary>
    public AuthMatrix NotRoutedByGateway(HttpMethod method, string path, Func<MatrixTenant, object?>? body = null) =>
        Add(new MatrixEndpoint(method, path, Access.Admin, body) { NotRoutedByGateway = true });

    private AuthMatrix Add(MatrixEndpoint endpoint)
    {
        if (_endpoints.Any(existing => existing.Name == endpoint.Name))
        {
            throw new ArgumentException($"{endpoint.Name} is registered twice.", nameof(endpoint));
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
        if (endpoint.NotRoutedByGateway)
        {
            yield return MatrixCheck.NotRoutedByGateway;
            yield break;
        }
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
            if (apiKeys)
            {
                yield return MatrixCheck.ViewerApiKeyForbidden;
            }
        }
        else if (endpoint.Access == Access.Machine)
        {
            yield return MatrixCheck.ViewerForbidden;
            if (apiKeys)
            {
                yield return MatrixCheck.ApiKeyAllowed;
            }
        }
        else
        {
            yield return MatrixCheck.ViewerAllowed;
            if (apiKeys && endpoint.Method == HttpMethod.Get)
            {
                yield return MatrixCheck.ApiKeyAllowed;
            }
            if (clientProfiles)
            {
                yield return MatrixCheck.OutsideClientScope;
            }
        }
        if (endpoint.PathResources.Count > 0)
        {
            yield return MatrixCheck.OtherTenantsResource;
        }
        if (endpoint.QueryResources.Count > 0)
        {
            yield return MatrixCheck.OtherTenantsQuery;
        }
        if (endpoint.BodyResources.Count > 0)
        {
            yield return MatrixCheck.OtherTenantsBody;
        }
        yield return MatrixCheck.AdminAllowed;
    }

    public async Task VerifyAsync(string endpointName, string check, AuthMatrixWorld world)
    {
        var endpoint = _endpoints.Single(e => e.Name == endpointName);
        var a = world.A;
        var b = world.B;
        var unauthorized = Expect.Status(HttpStatusCode.Unauthorized);
        switch (check)
        {
            case MatrixCheck.NoCredentials:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.None, unauthorized);
                break;
            case MatrixCheck.ForgedToken:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.Bearer(TestTokens.Forged(a.TenantId, a.AdminUserId)), unauthorized);
                break;
            case MatrixCheck.ExpiredToken:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.Bearer(TestTokens.Expired(a.TenantId, a.AdminUserId)), unauthorized);
                break;
            case MatrixCheck.AlgNoneToken:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.Bearer(TestTokens.AlgNone(a.TenantId, a.AdminUserId)), unauthorized);
                break;
            case MatrixCheck.RevokedApiKey:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.Key(Required(a.RevokedApiKey, "RevokedApiKey")), unauthorized);
                break;
            case MatrixCheck.ViewerForbidden:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.Bearer(a.ViewerToken), Expect.Status(HttpStatusCode.Forbidden));
                break;
            case MatrixCheck.ViewerApiKeyForbidden:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.Key(Required(a.ApiKey, "ApiKey")), Expect.Status(HttpStatusCode.Forbidden));
                break;
            case MatrixCheck.OtherTenantsResource:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(b), Credentials.Bearer(a.AdminToken), Expect.Status(HttpStatusCode.NotFound));
                break;
            case MatrixCheck.OtherTenantsQuery:
                await VerifyQueryAsync(world, endpoint, check);
                break;
            case MatrixCheck.OtherTenantsBody:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a) with { Body = b }, Credentials.Bearer(a.AdminToken),
                    Expect.Status(HttpStatusCode.BadRequest, HttpStatusCode.NotFound));
                break;
            case MatrixCheck.OutsideClientScope:
                await VerifyClientScopeAsync(world, endpoint, check);
                break;
            case MatrixCheck.NotRoutedByGateway:
                await VerifyNotRoutedAsync(world, endpoint, check);
                break;
            case MatrixCheck.AdminAllowed:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.Bearer(a.AdminToken), Expect.Success);
                break;
            case MatrixCheck.ViewerAllowed:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.Bearer(a.ViewerToken), Expect.Success);
                break;
            case MatrixCheck.ApiKeyAllowed:
                await ExpectAsync(world.Client, endpoint, check, Target.Of(a), Credentials.Key(Required(a.ApiKey, "ApiKey")), Expect.Success);
                break;
            default:
                throw new ArgumentException($"Unknown check '{check}'.", nameof(check));
        }
    }

    /// <summary>
    /// A's own query must bring A's data back (the control); B's id in it must bring none of B's. A
    /// write-only endpoint must refuse B's id outright.
    /// </summary>
    private static async Task VerifyQueryAsync(AuthMatrixWorld world, MatrixEndpoint endpoint, string check)
    {
        var a = world.A;
        if (endpoint.WriteOnly)
        {
            await ExpectAsync(world.Client, endpoint, check, Target.Of(a) with { Query = world.B }, Credentials.Bearer(a.AdminToken),
                Expect.Status(HttpStatusCode.BadRequest, HttpStatusCode.NotFound));
            return;
        }
        var own = await ExpectAsync(world.Client, endpoint, check + " (control: own id)", Target.Of(a), Credentials.Bearer(a.AdminToken), Expect.Success);
        Assert.True(own.Shows(a.Markers),
            $"{endpoint.Name} [{check}]: control failed: the admin's query with its own ids shows none of its tenant's data, so the row would prove nothing. Body: {own.Body}");
        var other = await ExpectAsync(world.Client, endpoint, check, Target.Of(a) with { Query = world.B }, Credentials.Bearer(a.AdminToken),
            Expect.Status(HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.BadRequest, HttpStatusCode.NotFound));
        Assert.False(other.Shows(world.B.Markers), $"{endpoint.Name} [{check}]: another tenant's data came back. Body: {other.Body}");
    }

    /// <summary>
    /// The viewer is limited to the first client profile; it asks with the second profile's resources.
    /// The admin asks the same first (control: the resource exists, and for a ClientScoped endpoint its data shows).
    /// </summary>
    private static async Task VerifyClientScopeAsync(AuthMatrixWorld world, MatrixEndpoint endpoint, string check)
    {
        var a = world.A;
        Assert.True(a.OutOfScope.Count > 0,
            $"{endpoint.Name} [{check}]: tenant {a.Name} has no resources outside its viewer's client-profile scope; build the world with MatrixWorldHost or give MatrixTenant.OutOfScope.");
        var outside = Target.Of(a.OutsideViewerScope());
        var usesOutOfScope = endpoint.PathResources.Concat(endpoint.QueryResources).Concat(endpoint.BodyResources).Any(a.OutOfScope.ContainsKey);
        var pathOutOfScope = endpoint.PathResources.Any(a.OutOfScope.ContainsKey);
        var outOfScopeMarkers = a.OutOfScope.Values.Except(a.Resources.Values).ToList();
        if (endpoint.Method == HttpMethod.Get)
        {
            var admin = await ExpectAsync(world.Client, endpoint, check + " (control: admin)", outside, Credentials.Bearer(a.AdminToken), Expect.Success);
            if (endpoint.ClientScoped && !pathOutOfScope)
            {
                Assert.True(admin.Shows(outOfScopeMarkers),
                    $"{endpoint.Name} [{check}]: control failed: the admin sees no data of the second client profile here, so the viewer's seeing none proves nothing; seed the world with such data. Body: {admin.Body}");
            }
        }
        var expected = pathOutOfScope
            ? Expect.Status(HttpStatusCode.NotFound, HttpStatusCode.Forbidden)
            : usesOutOfScope
                ? Expect.Status(HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Forbidden)
                : Expect.Success;
        var viewer = await ExpectAsync(world.Client, endpoint, check, outside, Credentials.Bearer(a.ViewerToken), expected);
        Assert.False(viewer.Shows(outOfScopeMarkers), $"{endpoint.Name} [{check}]: the viewer got data of a client profile outside its scope. Body: {viewer.Body}");
    }

    /// <summary>The service serves it (control) and the gateway does not route it.</summary>
    private static async Task VerifyNotRoutedAsync(AuthMatrixWorld world, MatrixEndpoint endpoint, string check)
    {
        var gateway = world.Gateway
            ?? throw new InvalidOperationException($"{endpoint.Name} [{check}]: the world has no Gateway client; set AuthMatrixWorld.Gateway.");
        var a = world.A;
        await ExpectAsync(world.Client, endpoint, check + " (control: the service serves it)", Target.Of(a), Credentials.Bearer(a.AdminToken), Expect.Success);
        await ExpectAsync(gateway, endpoint, check, Target.Of(a), Credentials.Bearer(a.AdminToken), Expect.Status(HttpStatusCode.NotFound));
    }

    private static async Task<Reply> ExpectAsync(
        HttpClient client, MatrixEndpoint endpoint, string check, Target target, Action<HttpRequestMessage> credentials, Func<HttpStatusCode, bool> expected)
    {
        var path = Resolve(endpoint.Path, target.Path, target.Query);
        using var request = new HttpRequestMessage(endpoint.Method, path);
        credentials(request);
        string sent = path;
        if (endpoint.Body?.Invoke(target.Body) is { } body)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body, body.GetType());
            sent += await request.Content.ReadAsStringAsync();
        }
        using var response = await client.SendAsync(request);
        var content = await response.Content.ReadAsStringAsync();
        Assert.True(
            expected(response.StatusCode),
            $"{endpoint.Name} [{check}]: got {(int)response.StatusCode} {response.StatusCode}. Body: {content}");
        if (!response.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        return new Reply(content, sent);
    }

    private static string Resolve(string path, MatrixTenant pathOwner, MatrixTenant queryOwner)
    {
        var parts = path.Split('?', 2);
        var resolved = Fill(parts[0], pathOwner, path) + (parts.Length == 2 ? "?" + Fill(parts[1], queryOwner, path) : "");
        return resolved;
    }

    private static string Fill(string text, MatrixTenant tenant, string path)
    {
        foreach (var (name, value) in tenant.Resources)
        {
            text = text.Replace("{" + name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        if (text.Contains('{', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Tenant {tenant.Name} has no resource for a segment of '{path}'.");
        }
        return text;
    }

    private static string Required(string? value, string name) =>
        value ?? throw new InvalidOperationException($"The matrix world has no {name}: host identity (RouteIdentityTo) or build the matrix with apiKeys: false.");

    /// <summary>Whose resources fill the path, the query and the body of one request.</summary>
    private sealed record Target(MatrixTenant Path, MatrixTenant Query, MatrixTenant Body)
    {
        public static Target Of(MatrixTenant tenant) => new(tenant, tenant, tenant);
    }

    /// <summary>A response body, and what the request itself carried (an id echoed back is no leak).</summary>
    private sealed record Reply(string Body, string Sent)
    {
        public bool Shows(IEnumerable<string> markers) =>
            markers.Any(marker => !Sent.Contains(marker, StringComparison.OrdinalIgnoreCase) && Body.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }

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

        public static Func<HttpStatusCode, bool> Status(params HttpStatusCode[] wanted) => wanted.Contains;
    }
}
