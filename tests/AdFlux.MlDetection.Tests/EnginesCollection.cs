namespace AdFlux.MlDetection.Tests;

/// <summary>Engine tests share one set of sessions (building them costs seconds on two cores).</summary>
[CollectionDefinition(Name)]
public sealed class EnginesCollection : ICollectionFixture<EnginesFixture>
{
    public const string Name = "engines";
}
