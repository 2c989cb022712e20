namespace AdFlux.Testing;

/// <summary>
/// WebApplicationFactory finds a service's content root from test-project metadata; a console
/// app (a benchmark) names it explicitly, for each service folder it hosts.
/// </summary>
public static class ServiceContentRoots
{
    /// <param name="serviceFolders">Folders under <c>services/</c>, e.g. <c>ledger</c>, <c>ml-detection</c>.</param>
    public static void PointAt(params string[] serviceFolders)
    {
        foreach (var folder in serviceFolders)
        {
            var assemblyKey = "ADFLUX_" + folder.Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
            Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_{assemblyKey}", Path.Combine(RepositoryPaths.Root, "services", folder));
        }
    }
}
