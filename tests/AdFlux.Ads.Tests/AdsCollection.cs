namespace AdFlux.Ads.Tests;

/// <summary>One identity, one ads service, one platform sandbox and one two-tenant world for the test classes that share it.</summary>
[CollectionDefinition(Name)]
public sealed class AdsCollection : ICollectionFixture<AdsWorld>
{
    public const string Name = "ads";
}
