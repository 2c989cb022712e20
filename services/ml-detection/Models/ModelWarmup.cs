namespace AdFlux.MlDetection.Models;

/// <summary>Installs (first start) and checks the models before the service takes requests.</summary>
public sealed class ModelWarmup(ModelCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
