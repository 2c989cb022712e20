namespace AdFlux.Recovery.Benchmark;

public static class ContentRoots
{
    /// <summary>WebApplicationFactory looks for each service's content root; outside a test run it must be told.</summary>
    public static void PointAtServices()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AdFlux.sln")))
        {
            root = root.Parent;
        }
        if (root is null)
        {
            throw new InvalidOperationException("Run the benchmark from inside the AdFlux repository.");
        }
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ADFLUX_LEDGER", Path.Combine(root.FullName, "services", "ledger"));
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ADFLUX_VIDEO", Path.Combine(root.FullName, "services", "video"));
    }
}
