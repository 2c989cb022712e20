using System.Net;
using System.Net.Http.Json;
using AdFlux.Ledger.Api;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing.Auth;

namespace AdFlux.Ledger.Tests;

/// <summary>Issue 10, item 4: a viewer limited to one client profile read the others, and every user's email, through the ledger.</summary>
[Collection(LedgerCollection.Name)]
public sealed class LedgerClientScopeTests(LedgerWorld world)
{
    [Fact]
    public async Task A_viewer_limited_to_one_client_profile_reads_only_that_profiles_events()
    {
        var a = world.Matrix.A;
        using var admin = Client(a.AdminToken);
        using var viewer = Client(a.ViewerToken);

        var all = await EventsAsync(admin);
        var seen = await EventsAsync(viewer);

        // The control: the tenant's chain holds both profiles and the users.
        Assert.Contains(all, e => ClientProfileOf(e) == a.OutOfScope["clientProfile"]);
        Assert.Contains(all, e => e.EventType.EndsWith(".UserCreated", StringComparison.Ordinal));
        Assert.NotEmpty(seen);
        Assert.All(seen, e => Assert.Equal(a.Resources["clientProfile"], ClientProfileOf(e)));
        Assert.Empty(await TraceAsync(viewer, a.OutOfScope["correlation"]));
    }

    [Fact]
    public async Task Viewers_see_no_email_addresses_and_admins_do()
    {
        var a = world.Matrix.A;
        var unscoped = await CreateViewerAsync(a);
        using var admin = Client(a.AdminToken);
        using var viewer = Client(unscoped);

        var asAdmin = (await EventsAsync(admin)).Where(IsUserCreated).ToList();
        var asViewer = (await EventsAsync(viewer)).Where(IsUserCreated).ToList();

        Assert.Contains(asAdmin, e => e.Payload.GetProperty("email").GetString() == MatrixIdentityFactory.AdminAEmail);
        Assert.Subset(asViewer.Select(e => e.EventId).ToHashSet(), asAdmin.Select(e => e.EventId).ToHashSet());
        Assert.All(asViewer, e =>
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, e.Payload.GetProperty("email").ValueKind);
            Assert.False(string.IsNullOrEmpty(e.Payload.GetProperty("role").GetString()));
            Assert.True(e.Redacted);
        });
    }

    private static bool IsUserCreated(LedgerEventResponse e) => e.EventType.EndsWith(".UserCreated", StringComparison.Ordinal);

    private static string? ClientProfileOf(LedgerEventResponse e) =>
        e.Payload.TryGetProperty("clientProfileId", out var id) ? id.GetString() : null;

    private HttpClient Client(string token) => LedgerWorld.As(world.Host.Service!.CreateClient(), token);

    private static async Task<List<LedgerEventResponse>> EventsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<LedgerPage>("/api/ledger/events?limit=500", LedgerWorld.Json))!.Items.ToList();

    private static async Task<IReadOnlyList<TraceStep>> TraceAsync(HttpClient client, string correlation)
    {
        using var response = await client.GetAsync($"/api/ledger/trace/{correlation}");
        return response.StatusCode == HttpStatusCode.NotFound
            ? []
            : (await response.Content.ReadFromJsonAsync<TraceResponse>(LedgerWorld.Json))!.Steps;
    }

    private async Task<string> CreateViewerAsync(MatrixTenant tenant)
    {
        var email = $"unscoped-{Guid.NewGuid():N}@tenant-a.test";
        using var identity = LedgerWorld.As(world.Host.Identity.CreateClient(), tenant.AdminToken);
        using var created = await identity.PostAsJsonAsync("/api/identity/users", new { email, password = MatrixTenants.Password, role = Roles.Viewer });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await MatrixTenants.LoginAsync(world.Host.IdentityClient, email)).AccessToken;
    }
}
