using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace AdFlux.ServiceDefaults.Tests.ConsumerTenancy;

public sealed class ConsumerTenantTests : IAsyncLifetime
{
    private const string DatabaseName = "notesdb";
    private IsolatedResources _resources = null!;

    public async Task InitializeAsync() =>
        _resources = await (await TestInfrastructure.SharedAsync()).IsolateAsync("notes");

    public async Task DisposeAsync() => await _resources.DisposeAsync();

    [Fact]
    public async Task A_consumer_queries_with_the_tenant_of_its_message_and_sees_only_that_tenants_rows()
    {
        var (tenantA, tenantB) = (Guid.NewGuid(), Guid.NewGuid());
        await CreateSchemaAsync(
            new TenantNote { Id = Guid.NewGuid(), TenantId = tenantA, Text = "a1" },
            new TenantNote { Id = Guid.NewGuid(), TenantId = tenantA, Text = "a2" },
            new TenantNote { Id = Guid.NewGuid(), TenantId = tenantB, Text = "b1" });
        using var host = BuildHost();
        await host.StartAsync();
        try
        {
            await WaitForBusAsync(host);
            var seen = host.Services.GetRequiredService<NotesSeen>();
            var forA = new NotesRequested(Guid.NewGuid(), tenantA, DateTimeOffset.UtcNow);
            var forB = new NotesRequested(Guid.NewGuid(), tenantB, DateTimeOffset.UtcNow);
            var bus = host.Services.GetRequiredService<IBus>();

            await bus.Publish(forA);
            await bus.Publish(forB);

            Assert.Equal(["a1", "a2"], await seen.WaitAsync(forA.EventId));
            Assert.Equal(["b1"], await seen.WaitAsync(forB.EventId));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"ConnectionStrings:{DatabaseName}"] = _resources.DatabaseConnectionString;
        builder.Configuration[$"ConnectionStrings:{ResourceNames.Messaging}"] = _resources.MessagingConnectionString;
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<NotesSeen>();
        builder.AddServiceDatabase<NotesDbContext>(DatabaseName);
        builder.AddServiceBus("notes", typeof(NotesConsumer).Assembly);
        return builder.Build();
    }

    /// <summary>The context has no migrations: its tables come from EF's create script, rows written as a tenant-blind seed.</summary>
    private async Task CreateSchemaAsync(params TenantNote[] notes)
    {
        var options = new DbContextOptionsBuilder<NotesDbContext>().UseNpgsql(_resources.DatabaseConnectionString).Options;
        await using var db = new NotesDbContext(options, new FixedTenantContext(null));
        await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
        db.Notes.AddRange(notes);
        await db.SaveChangesAsync();
    }

    private static async Task WaitForBusAsync(IHost host)
    {
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await health.CheckHealthAsync(check => check.Name == "bus")).Status != HealthStatus.Healthy && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }
}
