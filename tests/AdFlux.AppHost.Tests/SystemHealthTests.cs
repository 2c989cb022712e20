using System.Net;
using AdFlux.ServiceDefaults;
using Xunit.Abstractions;

namespace AdFlux.AppHost.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class SystemHealthTests(RunningAppHost fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_resource_of_the_application_model_becomes_healthy()
    {
        output.WriteLine($"All {fixture.VisibleResources.Count} resources healthy {fixture.TimeToHealthy.TotalSeconds:0.0} s after the test started the AppHost");

        string[] expected = [ResourceNames.Postgres, ResourceNames.Messaging, ResourceNames.Gateway, .. ResourceNames.Services,
            .. ResourceNames.Services.Select(ResourceNames.DatabaseOf)];
        Assert.All(expected, name => Assert.Contains(fixture.VisibleResources, r => r.Name == name));
        Assert.All(fixture.VisibleResources, r =>
        {
            var state = fixture.Current(r.Name);
            Assert.True(state is not null && RunningAppHost.IsHealthy(state.Snapshot), $"{r.Name}: {state?.Snapshot.State?.Text} {state?.Snapshot.HealthStatus}");
        });
        using var gateway = fixture.Gateway();
        using var health = await gateway.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public void Only_the_gateway_has_an_external_endpoint()
    {
        var external = fixture.VisibleResources
            .Where(r => r.TryGetAnnotationsOfType<EndpointAnnotation>(out var endpoints) && endpoints.Any(e => e.IsExternal))
            .Select(r => r.Name);

        Assert.Equal([ResourceNames.Gateway], external);
    }

    [Fact]
    public void The_first_start_keeps_a_generated_admin_login_readable_only_by_its_owner()
    {
        var path = Path.Combine(fixture.DataDirectory, AdminLogin.FileName);
        var login = AdminLogin.LoadOrCreate(fixture.DataDirectory);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.False(login.IsNew);
        Assert.Equal(AdminLogin.DefaultEmail, login.Email);
    }
}
