using System.Net;
using System.Text;
using AdFlux.Identity.Tests.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Tests.Json;

[Collection(IdentityCollection.Name)]
public sealed class JsonBodyTests(IdentityWorld world)
{
    [Fact]
    public async Task A_body_with_a_duplicate_key_is_refused_and_nothing_is_written()
    {
        var email = $"dup-{Guid.NewGuid():N}@tenant-a.test";
        var json = $$"""{"email":"{{email}}","password":"{{IdentityFactory.Password}}","role":"viewer","role":"admin"}""";

        using var response = await PostAsync("/api/identity/users", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("role", await response.Content.ReadAsStringAsync());
        await using var db = world.CreateDbContext();
        Assert.False(await db.Users.IgnoreQueryFilters().AnyAsync(user => user.Email == email));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_refused_naming_the_field()
    {
        var (user, _) = await LifecycleWorld.FreshUserAsync(world);

        using var response = await world.Api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/identity/users/{user.Id}")
        {
            Headers = { Authorization = new("Bearer", world.A.AdminToken) },
            Content = new StringContent("""{"role":"viewer","clientProfileIds":[42]}""", Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("clientProfileIds", body);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        world.Api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Headers = { Authorization = new("Bearer", world.A.AdminToken) },
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });
}
