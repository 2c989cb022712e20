namespace AdFlux.Video.Media;

/// <summary>ffmpeg exited with an error; the message carries its last standard-error lines, which say why.</summary>
public sealed class FfmpegFailedException(string step, int exitCode, IReadOnlyList<string> standardError)
    : Exception($"ffmpeg {step} failed with exit code {exitCode}: {string.Join(" | ", standardError.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(5))}");
