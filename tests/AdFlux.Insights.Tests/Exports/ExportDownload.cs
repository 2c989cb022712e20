using System.Net;

namespace AdFlux.Insights.Tests.Exports;

/// <summary>A downloaded export: its bytes, media type and the file name from Content-Disposition.</summary>
public sealed record ExportDownload(byte[] Body, string? MediaType, string? FileName, string? Disposition)
{
    public static async Task<ExportDownload> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        var disposition = response.Content.Headers.ContentDisposition;
        return new ExportDownload(body, response.Content.Headers.ContentType?.MediaType, disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'), disposition?.DispositionType);
    }

    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
