namespace AdFlux.AppHost.Orchestration;

/// <summary>One row of the resource table, as the console, the dashboard page and <c>/api/resources</c> show it.</summary>
public sealed record ResourceSnapshot(string Name, string Type, ResourceState State, string? Url, ResourceHealth Health, int Restarts, int? Pid);
