using AdFlux.Testing;

namespace AdFlux.MlDetection.Tests;

/// <summary>Paths in the checkout: the shared model cache and the extracted test photos live under <c>.models/</c> (git-ignored).</summary>
public static class Repository
{
    public static string Root => RepositoryPaths.Root;

    public static string ModelCache => Path.Combine(Root, ".models");
}
