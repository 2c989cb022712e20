namespace AdFlux.AppHost;

/// <summary>Marks a service's migration step: it finishes rather than becoming healthy (<see cref="ServiceWiring"/>).</summary>
public sealed class MigrationStepAnnotation : IResourceAnnotation;
