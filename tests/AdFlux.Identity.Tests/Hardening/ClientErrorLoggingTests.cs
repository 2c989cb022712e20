using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdFlux.Identity.Tests.Hardening;

[Collection(IdentityCollection.Name)]
public sealed class ClientErrorLoggingTests(IdentityWorld world)
{
    [Fact]
    public async Task Unreadable_bodies_answer_4xx_problems_and_are_not_logged_as_errors()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = new IdentityFactory(world.Resources, services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = host.CreateClient();

        using var malformed = await client.PostAsync("/api/identity/login", new StringContent("{\"email\":", Encoding.UTF8, "application/json"));
        // An anonymous 415 is answered 401 first (the fallback policy covers the framework's 415 endpoint), so as an admin.
        using var wrongType = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/identity/users")
        {
            Headers = { Authorization = new("Bearer", world.A.AdminToken) },
            Content = new StringContent("email=a&password=b", Encoding.UTF8, "text/plain"),
        });
        using var mistyped = await client.PostAsync("/api/identity/login", new StringContent("{\"email\":[1],\"password\":\"x\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode);
        Assert.Equal("application/problem+json", mistyped.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"email\"", await mistyped.Content.ReadAsStringAsync());
        var errors = logs.Entries.Where(entry => entry.Level >= LogLevel.Error || entry.Exception is not null).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(entry => $"{entry.Level} {entry.Category}: {entry.Message}")));
    }
}
