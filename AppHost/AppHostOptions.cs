using System.Globalization;

namespace AdFlux.AppHost;

/// <summary>
/// AdFlux's own command-line options; everything else (e.g. <c>--publisher manifest</c>) is
/// left for Aspire in <see cref="AspireArguments"/>.
/// </summary>
public sealed record AppHostOptions
{
    public const int DefaultGatewayPort = 5080;

    public const string Usage = """
        Usage: dotnet run --project AppHost [-- options]
          --fresh                 wipe the data folder first (databases, broker, admin login)
          --data <dir>            data folder (default: <repo>/.adflux)
          --gateway-port <port>   gateway port to try first (default 5080; another free one if taken)
        Other arguments go to Aspire, e.g. --publisher manifest --output-path deploy/aspire-manifest.json
        """;

    public bool Fresh { get; init; }

    public string? DataDirectory { get; init; }

    public int GatewayPort { get; init; } = DefaultGatewayPort;

    public IReadOnlyList<string> AspireArguments { get; init; } = [];

    /// <returns>The options, or null with <paramref name="error"/> saying what was wrong (or "" for --help).</returns>
    public static AppHostOptions? Parse(IReadOnlyList<string> args, out string error)
    {
        var options = new AppHostOptions();
        var rest = new List<string>();
        error = "";
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            try
            {
                switch (args[i])
                {
                    case "--fresh":
                        options = options with { Fresh = true };
                        break;
                    case "--data":
                        options = options with { DataDirectory = Value() };
                        break;
                    case "--gateway-port":
                        options = options with { GatewayPort = Port(Value()) };
                        break;
                    case "--help" or "-h":
                        return null;
                    default:
                        rest.Add(args[i]);
                        break;
                }
            }
            catch (FormatException ex)
            {
                error = ex.Message;
                return null;
            }
        }
        return options with { AspireArguments = rest };
    }

    private static int Port(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new FormatException($"{value} is not a port number.");
}
