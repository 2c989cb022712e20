using System.Reflection;
using AdFlux.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace AdFlux.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ from <c>ConnectionStrings:messaging</c>. Consumers are
    /// discovered in <paramref name="consumerAssembly"/>; each gets a durable queue named
    /// <c>&lt;service&gt;-&lt;consumer&gt;</c>, retries with exponential backoff, and after the last
    /// retry MassTransit moves the message to <c>&lt;queue&gt;_error</c> with the exception in headers
    /// and publishes a <c>Fault&lt;T&gt;</c> (the ledger lists those as dead letters). Publishing waits
    /// for broker confirms; the queues of <see cref="DurableSubscriptions"/> are declared and bound
    /// (<see cref="TopologyDeployer"/>) before the outbox dispatcher's first publish. A consumer
    /// runs with its message's tenant (<see cref="MessageTenantFilter{TMessage}"/>). <c>/health</c>
    /// names a consumed queue the broker shows without a consumer (<see cref="ConsumerMonitor"/>).
    /// </summary>
    public static IHostApplicationBuilder AddServiceBus(
        this IHostApplicationBuilder builder,
        string serviceName,
        Assembly consumerAssembly,
        Action<IBusRegistrationConfigurator>? configure = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.Messaging);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Missing configuration 'ConnectionStrings:{ResourceNames.Messaging}' (environment variable ConnectionStrings__{ResourceNames.Messaging}).");
        }
        var options = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();

        builder.Services.AddSingleton(new BusIdentity(serviceName));
        builder.Services.AddSingleton<TopologyDeployer>();
        builder.Services.TryAddScoped<MessageTenant>();
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section);
        builder.Services.AddSingleton<ConsumedQueues>();
        builder.Services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<ConsumedQueues>());
        builder.Services.AddHostedService<ConsumerMonitor>();
        builder.Services.AddHealthChecks().AddCheck<ConsumerHealthCheck>("consumers");
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            bus.AddConsumers(consumerAssembly);
            // MassTransit 8.5 reports usage to its vendor by default; AdFlux sends nothing out unasked.
            bus.DisableUsageTelemetry();
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "bus";
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
            });
            configure?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                ReceiveTransportRetry.Apply(rabbit);
                rabbit.PrefetchCount = options.PrefetchCount;
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Exponential(options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, options.RetryIntervalDelta);
                    // Refused until the budget is raised or the month ends: retrying in seconds cannot succeed.
                    retry.Ignore<Usage.UsageBudgetExhaustedException>();
                });
                rabbit.UseConsumeFilter(typeof(MessageTenantFilter<>), context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
