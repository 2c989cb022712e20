using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdFlux.AppHost.Supervision;

/// <summary>
/// Once every resource is healthy: how long that took, the gateway's address, the dashboard's
/// login URL, and the local admin login (its password only on the run that created it; it is
/// kept in the data folder, mode 600).
/// </summary>
public sealed class StartupSummary(
    ResourceNotificationService notifications,
    DistributedApplicationModel model,
    IConfiguration configuration,
    StartupSummary.Settings settings,
    IHostApplicationLifetime lifetime,
    ILogger<StartupSummary> logger)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public sealed record Settings(IResourceBuilder<ProjectResource> Gateway, AdminLogin Login, LocalData Data);

    public Task Start() => Task.Run(() => WatchAsync(lifetime.ApplicationStopping));

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var resources = model.Resources.Where(SteadyResources.Includes).ToList();
        try
        {
            await Task.WhenAll(resources.Select(r => notifications.WaitForResourceHealthyAsync(r.Name, stoppingToken)));
        }
        catch (OperationCanceledException)
        {
            return; // stopped before everything was healthy
        }
        var gateway = settings.Gateway.GetEndpoint("http").Url;
        var loginFile = Path.Combine(settings.Data.Directory, AdminLogin.FileName);
        logger.LogInformation("All {Count} resources healthy {Seconds:0.0} s after start. Gateway: {Gateway}", resources.Count, _clock.Elapsed.TotalSeconds, gateway);
        logger.LogInformation("Dashboard: {Dashboard}", DashboardLoginUrl());
        logger.LogInformation(settings.Login.IsNew
            ? "Admin login (shown once, kept in {File}): {Email} / {Password}"
            : "Admin login: {Email}, password in {File}{Password}",
            settings.Login.IsNew ? loginFile : settings.Login.Email,
            settings.Login.IsNew ? settings.Login.Email : loginFile,
            settings.Login.IsNew ? settings.Login.Password : "");
    }

    private string DashboardLoginUrl()
    {
        var url = (configuration["ASPNETCORE_URLS"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "(dashboard disabled)";
        return configuration["AppHost:BrowserToken"] is { Length: > 0 } token ? $"{url.TrimEnd('/')}/login?t={token}" : url;
    }
}
