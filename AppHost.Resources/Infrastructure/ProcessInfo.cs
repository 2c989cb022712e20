namespace AdFlux.AppHost.Infrastructure;

/// <summary>A process as /proc shows it; <see cref="StartTime"/> tells a reused pid apart.</summary>
public sealed record ProcessInfo(int Pid, int ParentPid, long StartTime, string CommandLine)
{
    public bool IsAlive => ProcessTable.Find(Pid) is { } now && now.StartTime == StartTime;

    public override string ToString() => $"{Pid}: {CommandLine}";
}
