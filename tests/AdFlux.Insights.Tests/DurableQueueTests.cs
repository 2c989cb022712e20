using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Insights.Tests;

public sealed class DurableQueueTests
{
    /// <summary>
    /// A publisher declares insights' queue before its first publish (as ingest's outbox does), so
    /// figures published before insights ever ran wait for it instead of being dropped by RabbitMQ.
    /// </summary>
    [Fact]
    public async Task Figures_published_before_insights_first_runs_are_consumed_when_it_starts()
    {
        var infrastructure = await TestInfrastructure.SharedAsync();
        await using var resources = await infrastructure.IsolateAsync("insights_durable");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [$"ConnectionStrings:{ResourceNames.Messaging}"] = resources.MessagingConnectionString })
            .Build();
        await new TopologyDeployer(configuration).EnsureDeployedAsync(CancellationToken.None);
        var tenant = Guid.NewGuid();
        var early = Metrics.Received(tenant, null, "youtube", "channel", "UC-early", Metrics.Day("2026-11-01"), TimeSpan.FromDays(1), Metrics.Of(("views", 42)));
        var publisher = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(resources.MessagingConnectionString)));
        await publisher.StartAsync();
        try
        {
            await publisher.Publish(early);
        }
        finally
        {
            await publisher.StopAsync();
        }

        await using var insights = new ServiceFactory<Program>(ResourceNames.Insights, resources);
        await insights.Services.GetRequiredService<DatabaseState<InsightsDbContext>>().Migrated;
        await using var db = new InsightsDbContext(
            MigrationSchema.OptionsFor<InsightsDbContext>(resources.DatabaseConnectionString), new FixedTenantContext(tenant));
        var points = await Eventually.WaitAsync(() => db.Points.Select(p => p.Value).ToListAsync(), values => values.Count > 0);
        Assert.Equal([42d], points);
    }
}
