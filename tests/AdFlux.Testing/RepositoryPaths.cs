namespace AdFlux.Testing;

/// <summary>The checkout the tests run from: the folder holding <c>AdFlux.sln</c> above the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AdFlux.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("AdFlux.sln not found above " + AppContext.BaseDirectory);
    }
}
