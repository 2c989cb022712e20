using Aspire.Hosting.ApplicationModel;

namespace AdFlux.AppHost.Resources.Local;

/// <summary>Debian's RabbitMQ node as an Aspire executable resource on a fixed loopback port, with its own epmd resource.</summary>
public sealed class LocalRabbitMqResource(string name, string command, string workingDirectory, int port)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public int Port { get; } = port;

    public EndpointReference PrimaryEndpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://guest:guest@127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}/");
}
