using System.Net;
using System.Net.Http.Json;
using System.Text;
using AdFlux.ServiceDefaults.Errors;
using AdFlux.Identity.Tests.Lifecycle;
using Microsoft.AspNetCore.Http;
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

    [Theory]
    [InlineData("/api/identity/client-profiles", """{"name":123}""", "name")]
    [InlineData("/api/identity/users", """{"email":"x@tenant-a.test","password":"long enough password","role":"viewer","clientProfileIds":["not-a-guid"]}""", "clientProfileIds")]
    public async Task A_mistyped_or_malformed_value_answers_400_problem_details_keyed_by_the_field(string path, string json, string field)
    {
        using var response = await PostAsync(path, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
        Assert.Equal(ProblemTypes.Validation, problem.Type);
        Assert.Equal([field], problem.Errors.Keys);
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        world.Api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Headers = { Authorization = new("Bearer", world.A.AdminToken) },
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });
}
