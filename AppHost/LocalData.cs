using AdFlux.AppHost.Infrastructure;

namespace AdFlux.AppHost;

/// <summary>
/// The data folder (<c>.adflux</c> beside the AppHost, or <c>--data</c>), wiped first for
/// <c>--fresh</c>, and the gateway's port: the one asked for when free, else any free one.
/// </summary>
public sealed record LocalData(string Directory, int GatewayPort)
{
    public static LocalData Prepare(IDistributedApplicationBuilder builder, AppHostOptions options)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(builder.AppHostDirectory.TrimEnd('/')))!;
        var directory = Path.GetFullPath(options.DataDirectory ?? Path.Combine(root, ".adflux"));
        if (options.Fresh && System.IO.Directory.Exists(directory) && !builder.ExecutionContext.IsPublishMode)
        {
            var postgres = Path.Combine(directory, "postgres");
            EmbeddedPostgres.StopLeftoverOnAsync(postgres).GetAwaiter().GetResult();
            EmbeddedPostgres.DeleteData(postgres);
            System.IO.Directory.Delete(directory, recursive: true);
            Console.WriteLine($"--fresh: removed {directory}");
        }
        if (builder.ExecutionContext.IsPublishMode)
        {
            return new LocalData(directory, options.GatewayPort);
        }
        System.IO.Directory.CreateDirectory(directory);
        var gatewayPort = FreePort.Pick(options.GatewayPort);
        if (gatewayPort != options.GatewayPort && options.GatewayPort != 0)
        {
            Console.WriteLine($"Port {options.GatewayPort} is taken; the gateway uses {gatewayPort}");
        }
        return new LocalData(directory, gatewayPort);
    }
}
