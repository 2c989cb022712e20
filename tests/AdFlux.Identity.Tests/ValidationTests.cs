using System.Net;
using System.Net.Http.Json;
using System.Text;
using AdFlux.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Identity.Tests;

[Collection(IdentityCollection.Name)]
public sealed class ValidationTests(IdentityWorld world)
{
    [Fact]
    public async Task A_user_with_bad_fields_is_refused_with_field_errors_and_nothing_is_written()
    {
        var email = $"bad-{Guid.NewGuid():N}";
        var outboxBefore = await OutboxCountAsync();

        using var response = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/users", world.A.AdminToken,
            new { email, password = "short", role = "owner" });
        var problem = await ReadProblemAsync(response);

        Assert.Equal(ProblemTypes.Validation, problem.Type);
        Assert.Contains("email", problem.Errors.Keys);
        Assert.Contains("password", problem.Errors.Keys);
        Assert.Contains("role", problem.Errors.Keys);
        await using var db = world.CreateDbContext();
        Assert.False(await db.Users.IgnoreQueryFilters().AnyAsync(user => user.Email == email));
        Assert.Equal(outboxBefore, await OutboxCountAsync());
    }

    [Fact]
    public async Task A_viewer_cannot_be_limited_to_another_tenants_client_profile()
    {
        var email = $"scoped-{Guid.NewGuid():N}@tenant-a.test";

        using var response = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/users", world.A.AdminToken,
            new { email, password = IdentityFactory.Password, role = "viewer", clientProfileIds = new[] { world.B.Resources["clientProfile"] } });
        var problem = await ReadProblemAsync(response);

        Assert.Contains("clientProfileIds", problem.Errors.Keys);
        await using var db = world.CreateDbContext();
        Assert.False(await db.Users.IgnoreQueryFilters().AnyAsync(user => user.Email == email));
    }

    [Fact]
    public async Task A_client_profile_without_a_name_is_refused()
    {
        using var response = await world.Api.SendAsync(HttpMethod.Post, "/api/identity/client-profiles", world.A.AdminToken, new { name = " " });
        var problem = await ReadProblemAsync(response);

        Assert.Contains("name", problem.Errors.Keys);
    }

    [Fact]
    public async Task A_login_without_credentials_names_the_missing_fields()
    {
        using var response = await world.Api.Client.PostAsJsonAsync("/api/identity/login", new { });
        var problem = await ReadProblemAsync(response);

        Assert.Contains("email", problem.Errors.Keys);
        Assert.Contains("password", problem.Errors.Keys);
    }

    [Fact]
    public async Task A_malformed_json_body_is_a_400_problem_not_a_500()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/identity/client-profiles")
        {
            Content = new StringContent("{\"name\": ", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", world.A.AdminToken);
        using var response = await world.Api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_problem()
    {
        using var response = await world.Api.Client.PostAsJsonAsync("/api/identity/login", new { email = IdentityFactory.AdminAEmail, password = "wrong password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpValidationProblemDetails> ReadProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
    }

    private async Task<int> OutboxCountAsync()
    {
        await using var db = world.CreateDbContext();
        return await db.Set<ServiceDefaults.Outbox.OutboxMessage>().CountAsync();
    }
}
