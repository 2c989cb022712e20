using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AdFlux.Identity.Api.ApiKeys;
using AdFlux.Identity.Api.ClientProfiles;
using AdFlux.Identity.Api.Users;
using AdFlux.Identity.Tenants;
using AdFlux.Identity.Tokens;
using AdFlux.Ingest.Api;
using AdFlux.Ingest.Data;
using AdFlux.Ingest.Domain;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SandboxProgram = AdFlux.PlatformSandbox.Program;

namespace AdFlux.Ingest.Tests;

/// <summary>
/// Identity and ingest in process, plus two tenants (A bootstrapped, B provisioned), each with an
/// admin, a viewer limited to one client profile, an active and a revoked API key, and one of each
/// ingest resource the matrix names (<c>{delivery}</c>, <c>{secret}</c>, <c>{metaAccount}</c>).
/// Tests that need no identity use fresh tenants with test-key tokens instead.
/// </summary>
public sealed class IngestWorld : IAsyncLifetime
{
    private IsolatedResources _identityResources = null!;

    public IsolatedResources Resources { get; private set; } = null!;

    public IdentityHost Identity { get; private set; } = null!;

    public IngestHost Ingest { get; private set; } = null!;

    /// <summary>The platform sandbox ingest's platform clients call.</summary>
    public WebApplicationFactory<SandboxProgram> Sandbox { get; } = new();

    public AuthMatrixWorld Matrix { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.SharedAsync();
        _identityResources = await infrastructure.IsolateAsync("identity");
        Resources = await infrastructure.IsolateAsync("ingest");
        Identity = new IdentityHost(_identityResources);
        var identityClient = Identity.CreateClient();
        await Identity.Services.GetServices<IHostedService>().OfType<IdentityBootstrapper>().Single().Ready;
        await using (var scope = Identity.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TenantProvisioner>()
                .CreateAsync("Ingest B", IdentityHost.AdminBEmail, IdentityHost.Password, CancellationToken.None);
        }
        Ingest = new IngestHost(Resources, Identity, Sandbox);
        var client = Ingest.CreateClient();
        await Eventually.WaitAsync(async () => (await client.GetAsync("/health")).StatusCode, s => s == HttpStatusCode.OK);
        Matrix = new AuthMatrixWorld(client,
            await SetUpAsync(identityClient, "A", IdentityHost.AdminAEmail),
            await SetUpAsync(identityClient, "B", IdentityHost.AdminBEmail));
    }

    public async Task DisposeAsync()
    {
        await Ingest.DisposeAsync();
        await Identity.DisposeAsync();
        await Sandbox.DisposeAsync();
        await Resources.DisposeAsync();
        await _identityResources.DisposeAsync();
    }

    /// <summary>A client of ingest sending <paramref name="token"/> as bearer, or nothing.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = Ingest.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    public IngestDbContext Db(Guid? tenantId = null) =>
        new(MigrationSchema.OptionsFor<IngestDbContext>(Resources.DatabaseConnectionString), new FixedTenantContext(tenantId));

    public async Task<List<WebhookDelivery>> DeliveriesAsync(Guid tenantId)
    {
        await using var db = Db(tenantId);
        return await db.Deliveries.AsNoTracking().OrderBy(d => d.Seq).ToListAsync();
    }

    public async Task<List<OutboxMessage>> EventsAsync(Guid tenantId)
    {
        await using var db = Db(tenantId);
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.TenantId == tenantId).OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<Dictionary<string, long>> RejectionsAsync(Guid tenantId)
    {
        await using var db = Db(tenantId);
        return await db.Rejections.AsNoTracking().GroupBy(r => r.Reason).ToDictionaryAsync(g => g.Key, g => g.Sum(r => r.Count));
    }

    /// <summary>A fresh tenant that identity knows, with its admin's token and one client profile.</summary>
    public async Task<RealTenant> NewTenantAsync()
    {
        var email = $"admin-{Guid.NewGuid():N}@ingest.test";
        Guid tenantId;
        await using (var scope = Identity.Services.CreateAsyncScope())
        {
            var (tenant, _) = await scope.ServiceProvider.GetRequiredService<TenantProvisioner>()
                .CreateAsync($"Ingest {Guid.NewGuid():N}", email, IdentityHost.Password, CancellationToken.None);
            tenantId = tenant.Id;
        }
        using var identity = Identity.CreateClient();
        var admin = (await ReadAsync<TokenPair>(await identity.PostAsJsonAsync("/api/identity/login", new { email, password = IdentityHost.Password }))).AccessToken;
        var profile = await ReadAsync<ClientProfileResponse>(await Send(identity, HttpMethod.Post, "/api/identity/client-profiles", admin, new { name = "Artist" }));
        return new RealTenant(tenantId, admin, profile.Id);
    }

    private async Task<MatrixTenant> SetUpAsync(HttpClient identity, string name, string adminEmail)
    {
        var admin = (await ReadAsync<TokenPair>(await identity.PostAsJsonAsync("/api/identity/login", new { email = adminEmail, password = IdentityHost.Password }))).AccessToken;
        var me = await ReadAsync<MeResponse>(await Send(identity, HttpMethod.Get, "/api/identity/users/me", admin));
        var profile = await ReadAsync<ClientProfileResponse>(await Send(identity, HttpMethod.Post, "/api/identity/client-profiles", admin, new { name = $"Artist {name}" }));
        var viewerEmail = $"viewer@ingest-{name.ToLowerInvariant()}.test";
        await ReadAsync<UserResponse>(await Send(identity, HttpMethod.Post, "/api/identity/users", admin,
            new { email = viewerEmail, password = IdentityHost.Password, role = Roles.Viewer, clientProfileIds = new[] { profile.Id } }));
        var viewer = (await ReadAsync<TokenPair>(await identity.PostAsJsonAsync("/api/identity/login", new { email = viewerEmail, password = IdentityHost.Password }))).AccessToken;
        var apiKey = await ReadAsync<CreatedApiKeyResponse>(await Send(identity, HttpMethod.Post, "/api/identity/api-keys", admin, new { name = "matrix" }));
        var revoked = await ReadAsync<CreatedApiKeyResponse>(await Send(identity, HttpMethod.Post, "/api/identity/api-keys", admin, new { name = "revoked" }));
        Assert.Equal(HttpStatusCode.NoContent, (await Send(identity, HttpMethod.Delete, $"/api/identity/api-keys/{revoked.Id}", admin)).StatusCode);

        using var ingest = Client(admin);
        var delivery = await ReadAsync<WebhookReceipt>(await ingest.PostAsync("/webhooks/youtube-metrics", Payloads.Json(Payloads.YouTube($"channel-{name}"))));
        var secret = await ReadAsync<CreatedWebhookSecretResponse>(await ingest.PostAsync("/api/ingest/webhook-secrets/n8n/rotate", null));
        // Retired at once: it stays a resource to read and delete, but no source of the tenant needs signing.
        Assert.Equal(HttpStatusCode.NoContent, (await ingest.DeleteAsync($"/api/ingest/webhook-secrets/{secret.Id}")).StatusCode);
        var metaAccount = await ReadAsync<MetaAccountResponse>(await ingest.PostAsJsonAsync("/api/ingest/meta-accounts",
            new { accountId = Payloads.NewAccountId(), kind = "page", clientProfileId = profile.Id }));

        var sheets = await ReadAsync<SheetsSourceResponse>(await ingest.PostAsJsonAsync("/api/ingest/sheets-sources",
            new { clientProfileId = profile.Id, spreadsheetId = $"matrix-{name}", serviceAccountJson = Payloads.ServiceAccountJson() }));

        var platformSource = await ReadAsync<PlatformSourceResponse>(await ingest.PostAsJsonAsync("/api/ingest/platform-sources", Payloads.YouTubeSource(profile.Id, $"UC-matrix-{name}")));
        var disposableSource = await ReadAsync<PlatformSourceResponse>(await ingest.PostAsJsonAsync("/api/ingest/platform-sources", Payloads.SpotifySource(profile.Id, $"matrix-disposable-{name}")));
        var unscheduled = await ReadAsync<PlatformSourceResponse>(await ingest.PostAsJsonAsync("/api/ingest/platform-sources", Payloads.SpotifySource(profile.Id, $"matrix-unscheduled-{name}")));
        var schedule = await ReadAsync<ScheduleResponse>(await ingest.PostAsJsonAsync("/api/ingest/schedules",
            new { source = "youtube", sourceId = platformSource.Id, cron = "0 6 * * *", timeZone = "Europe/Madrid" }));
        var disposableSchedule = await ReadAsync<ScheduleResponse>(await ingest.PostAsJsonAsync("/api/ingest/schedules",
            new { source = "sheets", sourceId = sheets.Id, cron = "30 5 * * 1", timeZone = "UTC", enabled = false }));

        return new MatrixTenant(name, me.TenantId, me.UserId!.Value, admin, viewer, apiKey.Key, revoked.Key, new Dictionary<string, string>
        {
            ["clientProfile"] = profile.Id.ToString(),
            ["delivery"] = delivery.DeliveryId.ToString(),
            ["secret"] = secret.Id.ToString(),
            ["metaAccount"] = metaAccount.Id.ToString(),
            ["sheetsSource"] = sheets.Id.ToString(),
            ["platformSource"] = platformSource.Id.ToString(),
            ["disposablePlatformSource"] = disposableSource.Id.ToString(),
            ["unscheduledSource"] = unscheduled.Id.ToString(),
            ["schedule"] = schedule.Id.ToString(),
            ["disposableSchedule"] = disposableSchedule.Id.ToString(),
        });
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }
        return client.SendAsync(request);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Set-up call failed: {(int)response.StatusCode} {body}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
