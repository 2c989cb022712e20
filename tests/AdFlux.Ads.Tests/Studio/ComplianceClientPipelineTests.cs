using AdFlux.Ads.Studio.Assets;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Ads.Tests.Studio;

[Collection(AdsCollection.Name)]
public sealed class ComplianceClientPipelineTests(AdsWorld world)
{
    [Fact]
    public void The_compliance_client_keeps_service_discovery_but_not_the_retrying_resilience_handler()
    {
        var handler = world.Service.Services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(nameof(ComplianceClient));
        var chain = new List<string>();
        for (var current = handler; current is DelegatingHandler delegating; current = delegating.InnerHandler)
        {
            chain.Add(delegating.GetType().Name);
        }

        Assert.Contains(chain, name => name.Contains("Resolving", StringComparison.Ordinal));
        Assert.DoesNotContain(chain, name => name.Contains("Resilience", StringComparison.Ordinal));
    }
}
