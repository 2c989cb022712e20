namespace AdFlux.Gateway.Tests.Support;

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<IngestFixture>
{
    public const string Name = "gateway";
}
