namespace AdFlux.Insights.Tests;

/// <summary>One identity, one insights service and one two-tenant world for the test classes that share it.</summary>
[CollectionDefinition(Name)]
public sealed class InsightsCollection : ICollectionFixture<InsightsWorld>
{
    public const string Name = "insights";
}
