namespace AdFlux.Identity.Tests;

/// <summary>One identity host and one two-tenant world for the test classes that share it (run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class IdentityCollection : ICollectionFixture<IdentityWorld>
{
    public const string Name = "identity";
}
