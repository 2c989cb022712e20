namespace AdFlux.Video;

/// <summary>The video service's settings (section <c>Video</c>).</summary>
public sealed class VideoOptions
{
    public const string Section = "Video";

    /// <summary>Folder of the local media store; relative paths are under the content root.</summary>
    public string StorageRoot { get; set; } = "media";

    /// <summary>Largest accepted source file, chunked or not (default 4 GiB).</summary>
    public long MaxUploadBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Largest single-request multipart upload; bigger files use the chunked upload (default 256 MiB).</summary>
    public long MaxSingleRequestBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Largest chunk of a chunked upload (default 64 MiB).</summary>
    public long MaxChunkBytes { get; set; } = 64L * 1024 * 1024;

    public double MaxDurationSeconds { get; set; } = 4 * 60 * 60;

    /// <summary>Never more ffmpeg processes than this at once in one instance.</summary>
    public int MaxConcurrentFfmpeg { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    public int JobMaxAttempts { get; set; } = 3;

    /// <summary>First retry delay; doubled per attempt.</summary>
    public TimeSpan JobRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A running job's lease; renewed while ffmpeg reports progress, so only a dead worker loses it.</summary>
    public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan JobPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Frames per second sampled for thumbnails and ml-detection.</summary>
    public double SampleFramesPerSecond { get; set; } = 1;

    /// <summary>Platform clip lengths in seconds the cut analysis proposes clips for.</summary>
    public int[] ClipLengths { get; set; } = [15, 30, 60];

    /// <summary>
    /// Reads the source at this multiple of real time during analysis (ffmpeg <c>-readrate</c>);
    /// null reads as fast as the machine allows. A throttle for hosts that share their CPUs.
    /// </summary>
    public double? AnalysisReadRate { get; set; }
}
