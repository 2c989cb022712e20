namespace AdFlux.AppHost.Tests;

/// <summary>Marks a test that ends the shared system, so <see cref="RunsLastOrderer"/> puts it after the others.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RunsLastAttribute : Attribute;
