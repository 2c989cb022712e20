namespace AdFlux.AppHost.Infrastructure;

public sealed record Prerequisite(string Name, string DebianPackages, Func<bool> IsPresent);
