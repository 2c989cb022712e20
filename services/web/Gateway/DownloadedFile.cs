namespace AdFlux.Web.Gateway;

/// <summary>A file an API answered, held in memory until the page hands it to the browser.</summary>
public sealed record DownloadedFile(byte[] Content, string ContentType, string FileName)
{
    public static async Task<DownloadedFile?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = response.Content.Headers;
        var name = headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"');
        return new DownloadedFile(content, headers.ContentType?.ToString() ?? "application/octet-stream", name is { Length: > 0 } ? name : "adflux-export");
    }
}
