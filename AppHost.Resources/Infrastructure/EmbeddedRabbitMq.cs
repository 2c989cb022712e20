using System.Diagnostics;
using System.Globalization;
using RabbitMQ.Client;

namespace AdFlux.AppHost.Infrastructure;

/// <summary>
/// A RabbitMQ node from Debian's package, run as a child process with its own mnesia and log
/// folders and its own <c>epmd</c> on a private port. The node's script would start a shared
/// <c>epmd -daemon</c> that outlives it; owning epmd means a stop leaves nothing behind, and
/// nodes of different instances never meet.
/// </summary>
public sealed class EmbeddedRabbitMq : IAsyncDisposable
{
    private const string NodeName = "adflux@localhost";
    private const string RabbitMqCtl = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    private readonly string _directory;
    private readonly Action<string> _log;
    private readonly int _epmdPort;
    private readonly int _distributionPort;
    private ChildProcess? _epmd;
    private ChildProcess? _node;

    private EmbeddedRabbitMq(string directory, int port, Action<string> log)
    {
        _directory = directory;
        _log = log;
        Port = port;
        _epmdPort = FreePort.Pick();
        _distributionPort = FreePort.Pick();
    }

    public int Port { get; }

    /// <summary>The <c>messaging</c> connection string services read.</summary>
    public string ConnectionString => ConnectionStringFor(Port);

    public static string ConnectionStringFor(int port) => $"amqp://guest:guest@127.0.0.1:{port}/";

    public ChildProcess? Process => _node;

    /// <summary>The node's and epmd's pids (each leads its own process group).</summary>
    public IEnumerable<int> ProcessIds => new[] { _node, _epmd }.Where(child => child is not null).Select(child => child!.Id);

    public static async Task<EmbeddedRabbitMq> StartAsync(EmbeddedRabbitMqOptions options, Action<string> log, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Prerequisites.RabbitMqServerScript))
        {
            throw new PrerequisiteMissingException("RabbitMQ not installed: run `sudo apt-get install -y rabbitmq-server`.");
        }
        var directory = Path.GetFullPath(options.Directory);
        Directory.CreateDirectory(directory);
        KillLeftovers(directory);
        return await FreePort.StartOnPickedPortsAsync(async () =>
        {
            var server = new EmbeddedRabbitMq(directory, FreePort.Pick(options.PreferredPort), log);
            try
            {
                await server.StartNodeAsync(cancellationToken);
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
            return server;
        }, log);
    }

    /// <summary>Starts the node again on the same port and data after <see cref="StopNodeAsync"/>; durable queues survive.</summary>
    public async Task StartNodeAsync(CancellationToken cancellationToken = default)
    {
        // Leftovers are killed once, in StartAsync: on a restart the epmd pid file names our own
        // epmd, and killing it made the node's boot start an `epmd -daemon` that outlived us.
        _epmd ??= ChildProcess.Start("epmd", new ChildProcessSpec(Prerequisites.Epmd, EpmdArguments(_epmdPort))
        {
            PidFile = PidFile("epmd"),
        });

        _node = ChildProcess.Start("rabbitmq", new ChildProcessSpec(Prerequisites.RabbitMqServerScript, [])
        {
            PidFile = PidFile("rabbitmq"),
            Environment = NodeEnvironment(_directory, Port, _distributionPort, _epmdPort),
        });
        await WaitUntilReadyAsync(cancellationToken);
        _log($"RabbitMQ listening on 127.0.0.1:{Port} (data in {_directory})");
    }

    /// <summary>Our own epmd on a private loopback port (shared with the AppHost's <c>epmd</c> resource).</summary>
    public static IReadOnlyList<string> EpmdArguments(int port) => ["-port", port.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1"];

    /// <summary>
    /// The node's environment, shared with the AppHost's <c>messaging</c> resource: its own
    /// folders, ports and epmd, no plugins. Writes the (empty) plugins file it names.
    /// </summary>
    public static Dictionary<string, string> NodeEnvironment(string directory, int port, int distributionPort, int epmdPort)
    {
        Directory.CreateDirectory(directory);
        var pluginsFile = Path.Combine(directory, "enabled_plugins");
        File.WriteAllText(pluginsFile, "[].");
        return new Dictionary<string, string>
        {
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = epmdPort.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = pluginsFile,
            ["RABBITMQ_PID_FILE"] = Path.Combine(directory, "rabbitmq.pid"),
            // Makes the script exec the Erlang VM instead of wrapping it, so SIGTERM reaches
            // the VM and stops the node gracefully.
            ["RUNNING_UNDER_SYSTEMD"] = "true",
            // Never let the VM start an `epmd -daemon` of its own (it does when ours is
            // briefly unreachable, and that daemon outlives everything).
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-start_epmd false",
        };
    }

    /// <summary>
    /// A virtual host of its own (tests use one per class, so queues never compete); returns
    /// the connection string that reaches it.
    /// </summary>
    public async Task<string> CreateVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        await RabbitMqCtlAsync(["add_vhost", name], cancellationToken);
        await RabbitMqCtlAsync(["set_permissions", "-p", name, "guest", ".*", ".*", ".*"], cancellationToken);
        return $"amqp://guest:guest@127.0.0.1:{Port}/{Uri.EscapeDataString(name)}";
    }

    private async Task RabbitMqCtlAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        await using var ctl = ChildProcess.Start("rabbitmqctl", new ChildProcessSpec(RabbitMqCtl, ["-n", NodeName, .. arguments])
        {
            Environment = new Dictionary<string, string>
            {
                ["ERL_EPMD_PORT"] = _epmdPort.ToString(CultureInfo.InvariantCulture),
                ["RABBITMQ_CTL_ERL_ARGS"] = "-start_epmd false",
            },
        });
        await ctl.WaitForExitAsync(cancellationToken);
        if (ctl.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"rabbitmqctl {string.Join(' ', arguments)} failed ({ctl.ExitCode}): {string.Join(Environment.NewLine, ctl.RecentOutput())}");
        }
    }

    /// <summary>Stops the node (graceful, then killed after 30 s); epmd keeps running.</summary>
    public async Task StopNodeAsync()
    {
        if (_node is not null)
        {
            await _node.StopAsync(TimeSpan.FromSeconds(30));
            _node = null;
        }
    }

    /// <summary>Kills node and epmd at once: for throw-away test servers at process exit.</summary>
    public void Kill()
    {
        _node?.Kill();
        _epmd?.Kill();
    }

    public async ValueTask DisposeAsync()
    {
        await StopNodeAsync();
        if (_epmd is not null)
        {
            await _epmd.StopAsync(TimeSpan.FromSeconds(5));
            _epmd = null;
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(ConnectionString) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_node!.HasExited)
            {
                throw new InvalidOperationException(
                    $"RabbitMQ exited with code {_node.ExitCode} while starting:{Environment.NewLine}{string.Join(Environment.NewLine, _node.RecentOutput().TakeLast(30))}");
            }
            if (await FreePort.AcceptsConnectionsAsync(Port, cancellationToken))
            {
                try
                {
                    await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                    return;
                }
                catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException
                    && deadline.Elapsed < TimeSpan.FromSeconds(90))
                {
                    // Listening but still booting.
                }
            }
            if (deadline.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException($"RabbitMQ did not accept connections on port {Port} within 90 s.");
            }
            await Task.Delay(200, cancellationToken);
        }
    }

    private string PidFile(string name) => PidFileIn(_directory, name);

    private static string PidFileIn(string directory, string name) => Path.Combine(directory, name + ".child.pid");

    /// <summary>Kills the node and epmd an earlier host left running on this folder, e.g. before wiping it.</summary>
    public static void KillLeftovers(string directory)
    {
        ChildProcess.KillLeftover(PidFileIn(directory, "epmd"), "epmd");
        ChildProcess.KillLeftover(PidFileIn(directory, "rabbitmq"), "rabbit");
    }
}
