using System.Diagnostics;
using System.Security.Cryptography;
using AdFlux.AppHost.Infrastructure;
using AdFlux.AppHost.Supervision;
using AdFlux.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// The real AppHost under <c>Aspire.Hosting.Testing</c>, shared by the end-to-end tests (one
/// start per run keeps the suite lean on a 2-core CI box): local executables on a temporary
/// data folder, the dashboard on, its telemetry API behind a key this fixture chose.
/// </summary>
public sealed class RunningAppHost : IAsyncLifetime
{
    /// <summary>Generous: CI shares two cores with other test processes. The measured time is reported, not asserted.</summary>
    public static readonly TimeSpan HealthyWithin = TimeSpan.FromMinutes(15);

    public DistributedApplication App { get; private set; } = null!;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "adflux-e2e-" + Guid.NewGuid().ToString("N")[..10]);

    public string DashboardApiKey { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public Uri DashboardLoginUrl { get; private set; } = null!;

    public Uri DashboardUrl => new(DashboardLoginUrl.GetLeftPart(UriPartial.Authority));

    public TimeSpan TimeToHealthy { get; private set; }

    public OrchestrationLog OrchestrationLog { get; } = new();

    /// <summary>Every resource a developer sees on the dashboard (not Aspire's hidden helpers).</summary>
    public IReadOnlyList<IResource> VisibleResources { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AdFlux_AppHost>(
            new DistributedApplicationTestingBuilderOptions { EnableDashboard = true },
            ["--data", DataDirectory, "--gateway-port", "0"]);
        builder.Configuration["AppHost:DashboardApiKey"] = DashboardApiKey;
        builder.Configuration["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        builder.Services.AddLogging(logging =>
        {
            logging.AddProvider(OrchestrationLog);
            foreach (var category in OrchestrationLog.Categories)
            {
                logging.AddFilter<OrchestrationLog>(category, LogLevel.Debug);
            }
            logging.AddFilter<OrchestrationLog>((category, _) => OrchestrationLog.Categories.Any(c => category?.StartsWith(c, StringComparison.Ordinal) == true));
        });
        App = await builder.BuildAsync();
        VisibleResources = [.. App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Where(SteadyResources.Includes)];
        using var timeout = new CancellationTokenSource(HealthyWithin);
        await App.StartAsync(timeout.Token);
        await WaitUntilAllHealthyAsync(timeout.Token);
        TimeToHealthy = clock.Elapsed;
        DashboardLoginUrl = await App.GetDashboardUrlAsync(timeout.Token);
    }

    public async Task WaitUntilAllHealthyAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(VisibleResources.Select(r => App.ResourceNotifications.WaitForResourceHealthyAsync(r.Name, cancellationToken)));

    public HttpClient Gateway() => App.CreateHttpClient(ResourceNames.Gateway);

    /// <summary>The gateway once every resource is healthy again (an earlier test may have killed some).</summary>
    public async Task<HttpClient> HealthyGatewayAsync()
    {
        using var ready = new CancellationTokenSource(HealthyWithin);
        await WaitUntilAllHealthyAsync(ready.Token);
        return Gateway();
    }

    public ResourceEvent? Current(string resource) =>
        App.ResourceNotifications.TryGetCurrentState(resource, out var state) ? state : null;

    public static bool IsHealthy(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == HealthStatus.Healthy;

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            try
            {
                await App.StopAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Disposal below still tears the orchestrator down.
            }
            await App.DisposeAsync();
        }
        await EmbeddedPostgres.StopLeftoverOnAsync(Path.Combine(DataDirectory, "postgres"));
        EmbeddedPostgres.DeleteData(Path.Combine(DataDirectory, "postgres"));
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
