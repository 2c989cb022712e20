namespace AdFlux.Video.Uploads;

/// <summary>Declared content types a video upload may carry; ffprobe still decides what the bytes are.</summary>
public static class UploadContentTypes
{
    public static bool IsAcceptable(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
            || contentType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || contentType.Equals("application/mp4", StringComparison.OrdinalIgnoreCase));

    /// <summary>Chunk bodies: raw bytes (tus uses <c>application/offset+octet-stream</c>).</summary>
    public static bool IsChunk(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/offset+octet-stream", StringComparison.OrdinalIgnoreCase));

    public static string SafeFileName(string? name)
    {
        var file = Path.GetFileName(name ?? "").Trim();
        return file.Length is 0 ? "video" : file.Length > 255 ? file[..255] : file;
    }
}
