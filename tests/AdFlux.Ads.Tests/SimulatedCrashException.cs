namespace AdFlux.Ads.Tests;

/// <summary>What <see cref="CrashSwitch"/> throws: the publication stops mid-way.</summary>
public sealed class SimulatedCrashException(string message) : Exception(message);
