using System.Globalization;

namespace AdFlux.AppHost.Orchestration;

/// <summary>Command-line options; everything else comes from Aspire-named environment variables.</summary>
public sealed record AppHostOptions
{
    public const int DefaultGatewayPort = 5080;
    public const int DefaultDashboardPort = 18888;

    public const string Usage = """
        Usage: dotnet run --project AppHost [-- options]
          --fresh                 wipe the data folder first (databases, broker, admin login)
          --data <dir>            data folder (default: <repo>/.adflux)
          --gateway-port <port>   gateway port to try first (default 5080; another free one if taken)
          --dashboard-port <port> dashboard port to try first (default 18888; 0: any free port)
        """;

    public bool Fresh { get; init; }

    public string? DataDirectory { get; init; }

    public int GatewayPort { get; init; } = DefaultGatewayPort;

    public int DashboardPort { get; init; } = DefaultDashboardPort;

    /// <returns>The options, or null with <paramref name="error"/> saying what was wrong (or "" for --help).</returns>
    public static AppHostOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        var options = new AppHostOptions();
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            try
            {
                options = args[i] switch
                {
                    "--fresh" => options with { Fresh = true },
                    "--data" => options with { DataDirectory = Value() },
                    "--gateway-port" => options with { GatewayPort = Port(Value()) },
                    "--dashboard-port" => options with { DashboardPort = Port(Value()) },
                    "--help" or "-h" => null,
                    var unknown => throw new FormatException($"Unknown option {unknown}."),
                };
            }
            catch (FormatException ex)
            {
                error = ex.Message;
                return null;
            }
            if (options is null)
            {
                return null;
            }
        }
        return options;
    }

    private static int Port(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new FormatException($"{value} is not a port number.");
}
