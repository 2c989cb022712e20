namespace AdFlux.MlDetection.Tests;

/// <summary>Paths in the checkout: the shared model cache and the extracted test photos live under <c>.models/</c> (git-ignored).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string ModelCache => Path.Combine(Root, ".models");

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
