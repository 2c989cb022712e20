using AdFlux.ServiceDefaults;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Testing;

/// <summary>
/// A service under test, wired to its isolated database and virtual host the way the AppHost
/// wires it (Aspire-named settings). <c>ConfigureServices</c> lets a test add or replace
/// registrations, e.g. an in-memory trace processor.
/// </summary>
public class ServiceFactory<TProgram>(string serviceName, IsolatedResources resources, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public IsolatedResources Resources { get; } = resources;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting($"ConnectionStrings:{ResourceNames.DatabaseOf(serviceName)}", Resources.DatabaseConnectionString);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", Resources.MessagingConnectionString);
        builder.UseSetting("OTEL_SERVICE_NAME", serviceName);
        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }
}
