using AdFlux.AppHost.Infrastructure;
using AdFlux.ServiceDefaults;

namespace AdFlux.AppHost.Orchestration;

/// <summary>
/// Ports and Aspire-named environment for every service and the gateway. Every process gets
/// every service's URL (<c>services__&lt;name&gt;__http__0</c>), so a restarted service keeps
/// its port and nobody needs telling.
/// </summary>
public static class ServicePlan
{
    public static IReadOnlyList<ServiceLaunch> Create(
        RepositoryLayout layout,
        PortAllocator ports,
        int gatewayPort,
        PostgresDatabases databases,
        string messaging,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> serviceSettings)
    {
        var portOf = ResourceNames.Services.ToDictionary(service => service, _ => ports.Take());
        portOf[ResourceNames.Gateway] = gatewayPort;

        var shared = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            [$"ConnectionStrings__{ResourceNames.Messaging}"] = messaging,
        };
        foreach (var (name, port) in portOf)
        {
            shared[$"services__{name}__http__0"] = $"http://127.0.0.1:{port}";
        }
        if (Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 } otlp)
        {
            shared["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        }

        return [.. ResourceNames.Services.Append(ResourceNames.Gateway).Select(name =>
        {
            var environment = new Dictionary<string, string>(shared)
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{portOf[name]}",
                ["OTEL_SERVICE_NAME"] = name,
            };
            if (name != ResourceNames.Gateway)
            {
                var database = ResourceNames.DatabaseOf(name);
                environment[$"ConnectionStrings__{database}"] = databases.ConnectionStringFor(database);
            }
            foreach (var (key, value) in serviceSettings.GetValueOrDefault(name) ?? new Dictionary<string, string>())
            {
                environment[key] = value;
            }
            return new ServiceLaunch(name, layout.AssemblyPath(name), layout.ProjectDirectory(name), portOf[name], environment);
        })];
    }
}
