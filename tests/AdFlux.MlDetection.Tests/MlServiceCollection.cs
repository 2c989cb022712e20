namespace AdFlux.MlDetection.Tests;

/// <summary>API tests share one hosted service (model sessions load once); each test makes its own tenant.</summary>
[CollectionDefinition(Name)]
public sealed class MlServiceCollection : ICollectionFixture<MlService>
{
    public const string Name = "ml-service";
}
