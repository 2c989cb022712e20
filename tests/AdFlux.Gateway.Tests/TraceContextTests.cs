using System.Diagnostics;
using System.Net.Http.Json;
using AdFlux.Gateway.Tests.Support;

namespace AdFlux.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class TraceContextTests(GatewayFixture services)
{
    [Fact]
    public async Task The_service_continues_the_trace_of_the_gateway_request_as_a_child_of_the_proxied_call()
    {
        await using var gateway = services.Gateway();
        using var client = gateway.CreateClient().AsTenant();

        var probe = (await client.GetFromJsonAsync<ProbeResponse>(ProbeEndpoints.ApiPath))!;

        // The service's parent span is the gateway's outgoing HTTP call, made inside the gateway's request.
        var proxiedCall = services.Activities.Find(ActivitySpanId.CreateFromString(probe.ParentSpanId));
        Assert.NotNull(proxiedCall);
        Assert.Equal("System.Net.Http", proxiedCall.Source.Name);
        var gatewayRequest = Ancestors(proxiedCall).FirstOrDefault(activity => activity.Source.Name == "Microsoft.AspNetCore");
        Assert.NotNull(gatewayRequest);
        Assert.Equal(gatewayRequest.TraceId.ToString(), probe.TraceId);
    }

    private static IEnumerable<Activity> Ancestors(Activity activity)
    {
        for (var parent = activity.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }
}
