namespace AdFlux.Ingest.Tests;

/// <summary>One identity, one ingest and one two-tenant world for the test classes that share it.</summary>
[CollectionDefinition(Name)]
public sealed class IngestCollection : ICollectionFixture<IngestWorld>
{
    public const string Name = "ingest";
}
