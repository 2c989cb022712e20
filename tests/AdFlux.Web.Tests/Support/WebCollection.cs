namespace AdFlux.Web.Tests.Support;

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebSystem>
{
    public const string Name = "web";
}
