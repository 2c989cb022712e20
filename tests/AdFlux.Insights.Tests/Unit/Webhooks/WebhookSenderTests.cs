using AdFlux.Insights.Domain;
using AdFlux.Insights.Tests.Webhooks;
using AdFlux.Insights.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdFlux.Insights.Tests.Unit.Webhooks;

/// <summary>The sender as the service wires it (<see cref="WebhookServiceExtensions.AddWebhooks"/>), against a real loopback receiver.</summary>
public sealed class WebhookSenderTests
{
    [Fact]
    public async Task With_private_targets_off_the_connection_to_a_loopback_receiver_is_refused_after_resolving_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var services = Sender(allowPrivateTargets: false);

        var result = await services.GetRequiredService<WebhookSender>().SendAsync(Endpoint(receiver.Url.Replace("127.0.0.1", "localhost")), Delivery(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(result.StatusCode);
        Assert.Contains("private", result.Error);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task With_private_targets_allowed_the_receiver_gets_the_signed_body()
    {
        await using var receiver = await WebhookReceiver.StartAsync([418]);
        using var services = Sender(allowPrivateTargets: true);
        var endpoint = Endpoint(receiver.Url);
        var delivery = Delivery();

        var result = await services.GetRequiredService<WebhookSender>().SendAsync(endpoint, delivery, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(418, result.StatusCode);
        var received = Assert.Single(receiver.Received);
        Assert.Equal(WebhookDelivery.WebhookId(delivery.Id), received.Id);
        Assert.Equal(delivery.Payload, received.Body);
        Assert.Equal(WebhookSignature.Sign(endpoint.Secret, received.Id, long.Parse(received.Timestamp), received.Body), received.Signature);
    }

    private static ServiceProvider Sender(bool allowPrivateTargets)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"{WebhookOptions.Section}:AllowPrivateTargets"] = allowPrivateTargets.ToString();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddWebhooks();
        return builder.Services.BuildServiceProvider();
    }

    private static WebhookEndpoint Endpoint(string url) => new() { Id = Guid.NewGuid(), Url = url, Secret = WebhookSecret.New(), Enabled = true };

    private static WebhookDelivery Delivery() => new()
    {
        Id = Guid.NewGuid(), EventType = "AlertRaised", Payload = """{"type":"AlertRaised","data":{}}""", Status = WebhookDeliveryStatus.Pending,
    };
}
