namespace AdFlux.AppHost.Orchestration;

public enum ResourceHealth
{
    Unknown,
    Healthy,
    Unhealthy,
}
