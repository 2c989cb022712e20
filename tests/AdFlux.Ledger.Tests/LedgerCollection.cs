namespace AdFlux.Ledger.Tests;

/// <summary>One ledger matrix world for the test classes that share it.</summary>
[CollectionDefinition(Name)]
public sealed class LedgerCollection : ICollectionFixture<LedgerWorld>
{
    public const string Name = "ledger world";
}
