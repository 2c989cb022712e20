using AdFlux.AppHost.Infrastructure;
using AdFlux.AppHost.Orchestration;

namespace AdFlux.AppHost;

/// <summary>
/// <c>dotnet run --project AppHost</c>: PostgreSQL, RabbitMQ, every service and the gateway,
/// with a live resource table here and on the dashboard page, until Ctrl+C.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Posix.RestoreDefaultInterrupt();
        var options = AppHostOptions.Parse(args, out var error);
        if (options is null)
        {
            var output = error.Length > 0 ? Console.Error : Console.Out;
            output.WriteLine(error.Length > 0 ? error : AppHostOptions.Usage);
            return error.Length > 0 ? 2 : 0;
        }
        return await Orchestrator.RunAsync(options);
    }
}
