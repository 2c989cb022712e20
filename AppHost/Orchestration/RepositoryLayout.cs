using System.Reflection;
using AdFlux.ServiceDefaults;

namespace AdFlux.AppHost.Orchestration;

/// <summary>Where the repository and the built services are, as recorded at build time.</summary>
public sealed class RepositoryLayout(string root, string configuration)
{
    public string Root { get; } = root;

    public string Configuration { get; } = configuration;

    public string DefaultDataDirectory => Path.Combine(Root, ".adflux");

    public static RepositoryLayout FromBuild()
    {
        var metadata = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        var root = metadata.GetValueOrDefault("AdFlux.RepoRoot") ?? throw new InvalidOperationException("AdFlux.RepoRoot missing from the AppHost's assembly metadata.");
        var configuration = metadata.GetValueOrDefault("AdFlux.Configuration") ?? "Debug";
        return new RepositoryLayout(Path.GetFullPath(root), configuration);
    }

    /// <summary>The built AppHost itself, for tests that run it as a child process.</summary>
    public string AppHostAssemblyPath => Path.Combine(Root, "AppHost", "bin", Configuration, "net10.0", "AdFlux.AppHost.dll");

    /// <summary>The project folder of a service (<c>services/ml-detection</c>) or of the gateway.</summary>
    public string ProjectDirectory(string resource) =>
        resource == ResourceNames.Gateway ? Path.Combine(Root, "gateway") : Path.Combine(Root, "services", resource);

    /// <summary><c>services/ml-detection/bin/Debug/net10.0/AdFlux.MlDetection.dll</c>.</summary>
    public string AssemblyPath(string resource) =>
        Path.Combine(ProjectDirectory(resource), "bin", Configuration, "net10.0", AssemblyName(resource) + ".dll");

    public static string AssemblyName(string resource) =>
        "AdFlux." + string.Concat(resource.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
