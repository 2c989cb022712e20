using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace AdFlux.MlDetection.Models;

/// <summary>
/// The installed models (manifest, each file checked against its sha256) plus the YOLOv8
/// exports users drop in the user folder, each with one lazily created session.
/// </summary>
public sealed partial class ModelCatalog(
    ModelInstaller installer, SessionFactory sessions, IOptions<MlDetectionOptions> options, ILogger<ModelCatalog> logger) : IDisposable
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, Lazy<InferenceSession>> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ModelDescriptor> _userModels = new(StringComparer.Ordinal);
    private IReadOnlyList<ModelDescriptor> _installed = [];

    public string UserModelsPath => Path.GetFullPath(options.Value.UserModelsPath ?? Path.Combine(installer.CachePath, "user"));

    public bool Ready { get; private set; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.Value.InstallOnStart)
        {
            await installer.EnsureInstalledAsync(cancellationToken);
        }
        if (!File.Exists(installer.ManifestPath))
        {
            throw new InvalidOperationException($"No model manifest at {installer.ManifestPath}: run services/ml-detection/Models/install/install-models.sh {installer.CachePath}");
        }
        await using var stream = File.OpenRead(installer.ManifestPath);
        var manifest = await JsonSerializer.DeserializeAsync<ModelManifest>(stream, ManifestJson, cancellationToken)
            ?? throw new InvalidOperationException($"{installer.ManifestPath} is empty");
        foreach (var model in manifest.Models)
        {
            var actual = await HashAsync(PathOf(model), cancellationToken);
            if (!string.Equals(actual, model.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{PathOf(model)} has sha256 {actual}, the manifest says {model.Sha256}: reinstall the models");
            }
        }
        _installed = manifest.Models;
        Ready = true;
    }

    public IReadOnlyList<ModelDescriptor> All()
    {
        ScanUserModels();
        return [.. _installed, .. _userModels.Values.OrderBy(m => m.Name, StringComparer.Ordinal)];
    }

    public ModelDescriptor? Find(string name)
    {
        var installed = _installed.FirstOrDefault(m => m.Name == name);
        if (installed is not null)
        {
            return installed;
        }
        if (!_userModels.ContainsKey(name))
        {
            ScanUserModels();
        }
        return _userModels.GetValueOrDefault(name);
    }

    public ModelDescriptor Require(string name) =>
        Find(name) ?? throw new InvalidOperationException($"Model {name} is not installed in {installer.CachePath}");

    public InferenceSession Session(ModelDescriptor model) =>
        _sessions.GetOrAdd(model.Name, _ => new Lazy<InferenceSession>(() => sessions.Create(PathOf(model)))).Value;

    public string PathOf(ModelDescriptor model) =>
        model.Task == ModelTasks.YoloV8 ? model.File : Path.Combine(installer.CachePath, model.File);

    public void Dispose()
    {
        foreach (var session in _sessions.Values.Where(s => s.IsValueCreated))
        {
            session.Value.Dispose();
        }
    }

    private void ScanUserModels()
    {
        if (!Directory.Exists(UserModelsPath))
        {
            return;
        }
        var files = Directory.EnumerateFiles(UserModelsPath, "*.onnx")
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Path: f))
            .Concat(Directory.EnumerateDirectories(UserModelsPath)
                .Select(d => (Name: Path.GetFileName(d), Path: Path.Combine(d, "model.onnx")))
                .Where(d => File.Exists(d.Path)));
        foreach (var (name, path) in files)
        {
            if (_userModels.ContainsKey(name) || _installed.Any(m => m.Name == name))
            {
                continue;
            }
            try
            {
                _userModels[name] = DescribeUserModel(name, path);
            }
            catch (OnnxRuntimeException exception)
            {
                logger.LogWarning("Ignoring user model {Path}: {Reason}", path, exception.Message);
            }
        }
    }

    private ModelDescriptor DescribeUserModel(string name, string path)
    {
        var session = _sessions.GetOrAdd(name, _ => new Lazy<InferenceSession>(() => sessions.Create(path))).Value;
        var metadata = session.ModelMetadata.CustomMetadataMap;
        var labels = metadata.TryGetValue("names", out var names) ? ParseNames(names) : [];
        var input = session.InputMetadata.First().Value.Dimensions;
        var size = input.Length == 4 ? new[] { input[3], input[2] } : [640, 640];
        using var file = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(file));
        return new ModelDescriptor(
            name,
            ModelTasks.YoloV8,
            metadata.GetValueOrDefault("version") ?? session.ModelMetadata.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            size,
            labels,
            sha,
            metadata.GetValueOrDefault("license") ?? "as supplied by the tenant",
            path);
    }

    /// <summary>Ultralytics writes <c>names</c> as a Python dict (<c>{0: 'person', 1: 'bicycle'}</c>); JSON objects parse the same way.</summary>
    public static IReadOnlyList<string> ParseNames(string names)
    {
        var pairs = NamePattern().Matches(names)
            .Select(m => (Index: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Name: m.Groups[2].Value))
            .OrderBy(p => p.Index)
            .ToList();
        return pairs.Select(p => p.Name).ToList();
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
    }

    [GeneratedRegex("""["']?(\d+)["']?\s*:\s*["']([^"']*)["']""")]
    private static partial Regex NamePattern();
}
