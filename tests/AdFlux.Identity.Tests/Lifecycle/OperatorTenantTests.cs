using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Tests.Lifecycle;

[Collection(IdentityCollection.Name)]
public sealed class OperatorTenantTests(IdentityWorld world) : IAsyncLifetime
{
    // A second identity host on the same database, configured with an operator key.
    private OperatorIdentityFactory _operatorHost = null!;

    public Task InitializeAsync()
    {
        _operatorHost = new OperatorIdentityFactory(world.Resources);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _operatorHost.DisposeAsync();

    [Fact]
    public async Task An_operator_creates_a_tenant_whose_admin_can_log_in()
    {
        var email = $"first-admin-{Guid.NewGuid():N}@new-tenant.test";
        var name = $"New tenant {Guid.NewGuid():N}";

        using var response = await SendAsync(OperatorIdentityFactory.OperatorKey, new { name, adminEmail = email, adminPassword = IdentityFactory.Password });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var tenantId = body.GetProperty("tenantId").GetGuid();
        var tokens = await world.Api.LoginAsync(email);
        var me = await world.Api.MeAsync(tokens.AccessToken);
        Assert.Equal(tenantId, me.TenantId);
        Assert.Equal("admin", me.Role);
        await using var db = world.CreateDbContext();
        var types = await db.Set<OutboxMessage>().Where(message => message.TenantId == tenantId).Select(message => message.MessageType).ToListAsync();
        Assert.Contains(types, type => type.Contains(".TenantCreated,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_operator_key_creates_tenants()
    {
        var body = new { name = $"Nope {Guid.NewGuid():N}", adminEmail = $"nope-{Guid.NewGuid():N}@x.test", adminPassword = IdentityFactory.Password };

        using var none = await SendAsync(null, body);
        using var wrong = await SendAsync("not-the-operator-key", body);
        using var tenantAdmin = await new IdentityApi(_operatorHost.CreateClient()).SendAsync(HttpMethod.Post, "/api/identity/tenants", world.A.AdminToken, body);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tenantAdmin.StatusCode);
    }

    [Fact]
    public async Task A_tenant_without_a_valid_admin_is_refused_naming_the_fields()
    {
        using var response = await SendAsync(OperatorIdentityFactory.OperatorKey, new { name = " ", adminEmail = "nope", adminPassword = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("name", text);
        Assert.Contains("adminEmail", text);
        Assert.Contains("adminPassword", text);
    }

    private Task<HttpResponseMessage> SendAsync(string? operatorKey, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/identity/tenants") { Content = JsonContent.Create(body, body.GetType()) };
        if (operatorKey is not null)
        {
            request.Headers.Add("X-Operator-Key", operatorKey);
        }
        return _operatorHost.CreateClient().SendAsync(request);
    }
}
