namespace AdFlux.AppHost.Orchestration;

/// <summary>How one service (or the gateway) is started: its built assembly, port and environment.</summary>
public sealed record ServiceLaunch(string Name, string AssemblyPath, string WorkingDirectory, int Port, IReadOnlyDictionary<string, string> Environment)
{
    public string Url => $"http://127.0.0.1:{Port}";
}
