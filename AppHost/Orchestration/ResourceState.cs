namespace AdFlux.AppHost.Orchestration;

public enum ResourceState
{
    Pending,
    Starting,
    Running,
    Restarting,
    Stopping,
    Stopped,
    Failed,
    External,
}
