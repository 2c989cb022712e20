using AdFlux.Insights.Webhooks;
using AdFlux.ServiceDefaults;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Insights.Tests.Webhooks;

/// <summary>Insights trusting test tokens, on <paramref name="clock"/>, allowing loopback webhook targets and polling fast.</summary>
public sealed class WebhooksFactory(IsolatedResources resources, TimeProvider clock)
    : ServiceFactory<Program>(ResourceNames.Insights, resources, services =>
    {
        services.TrustTestSigningKey();
        services.AddSingleton<TimeProvider>(clock);
    })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"{WebhookOptions.Section}:AllowPrivateTargets", "true");
        builder.UseSetting($"{WebhookOptions.Section}:PollInterval", "00:00:00.100");
        builder.UseSetting("Messaging:RetryLimit", "2");
        builder.UseSetting("Messaging:RetryMinInterval", "00:00:00.050");
        builder.UseSetting("Messaging:RetryMaxInterval", "00:00:00.200");
        builder.UseSetting("Messaging:RetryIntervalDelta", "00:00:00.050");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
