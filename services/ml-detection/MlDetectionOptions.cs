namespace AdFlux.MlDetection;

/// <summary>Configuration section <c>MlDetection</c>.</summary>
public sealed class MlDetectionOptions
{
    public const string Section = "MlDetection";

    /// <summary>Cache the installer fills (never the repository); relative paths are under the content root.</summary>
    public string ModelsPath { get; set; } = ".models";

    /// <summary>Where users drop YOLOv8-format exports: <c>&lt;name&gt;.onnx</c> or <c>&lt;name&gt;/model.onnx</c>. Defaults to <c>&lt;ModelsPath&gt;/user</c>.</summary>
    public string? UserModelsPath { get; set; }

    /// <summary>Run the installer when the cache has no manifest (first start).</summary>
    public bool InstallOnStart { get; set; } = true;

    /// <summary>Attempt the CUDA execution provider; without CUDA libraries the session falls back to CPU.</summary>
    public bool UseCuda { get; set; }

    public int CudaDeviceId { get; set; }

    /// <summary>Threads one inference may use: the service shares its cores with every other service.</summary>
    public int IntraOpThreads { get; set; } = 2;

    /// <summary>Inferences running at once; more wait, so other endpoints keep a core.</summary>
    public int MaxConcurrentInferences { get; set; } = 1;

    public long MaxImageBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest width × height decoded; a bigger header is a decompression bomb, rejected before decoding.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    public int MaxImageSide { get; set; } = 16_384;

    public int MaxBatchImages { get; set; } = 16;

    /// <summary>Where analysed uploads are kept so a later request can name them by id; relative paths are under the content root.</summary>
    public string ImageStorePath { get; set; } = ".images";

    /// <summary>Root of the media store a sampled frame's <c>StorageKey</c> is relative to (shared with video).</summary>
    public string MediaRoot { get; set; } = ".media";

    /// <summary>Object model run on sampled frames besides faces; empty skips objects.</summary>
    public string FrameObjectModel { get; set; } = "nanodet-g";
}
