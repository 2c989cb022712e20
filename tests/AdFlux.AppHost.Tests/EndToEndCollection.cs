namespace AdFlux.AppHost.Tests;

/// <summary>
/// End-to-end classes share one running system and run one after another: two whole systems
/// starting at once on a small machine would slow both past their promises.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<RunningSystemFixture>
{
    public const string Name = "AdFlux end to end";
}
