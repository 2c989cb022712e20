namespace AdFlux.AppHost.Tests;

/// <summary>End-to-end classes share one running AppHost: two whole systems starting at once on a small machine slow both.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<RunningAppHost>
{
    public const string Name = "AdFlux end to end";
}
