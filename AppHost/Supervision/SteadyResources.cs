namespace AdFlux.AppHost.Supervision;

/// <summary>
/// The resources a started system keeps running, each of which must turn healthy: what the
/// dashboard lists, less Aspire's hidden resources (the dashboard itself), its idle
/// <c>-rebuilder</c> helpers (they never report healthy) and the services' migration steps
/// (they finish; the service waiting on each covers it).
/// </summary>
public static class SteadyResources
{
    public static bool Includes(IResource resource) =>
        resource is IResourceWithConnectionString or ProjectResource or ExecutableResource
        && !(resource.TryGetLastAnnotation<ResourceSnapshotAnnotation>(out var snapshot) && snapshot.InitialSnapshot.IsHidden)
        && !resource.Name.EndsWith("-rebuilder", StringComparison.Ordinal)
        && !resource.HasAnnotationOfType<MigrationStepAnnotation>();
}
