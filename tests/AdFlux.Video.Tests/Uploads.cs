using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Video.Api;

namespace AdFlux.Video.Tests;

/// <summary>Client-side helpers for the upload endpoints.</summary>
public static class Uploads
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<HttpResponseMessage> MultipartAsync(HttpClient client, byte[] bytes, string fileName = "video.mp4", string contentType = "video/mp4")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        return client.PostAsync("/api/video/uploads", form);
    }

    public static async Task<UploadSessionResponse> CreateSessionAsync(HttpClient client, long totalBytes, string fileName = "video.mp4")
    {
        var response = await client.PostAsJsonAsync("/api/video/uploads/sessions", new { fileName, contentType = "video/mp4", totalBytes });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<UploadSessionResponse>(Json))!;
    }

    public static Task<HttpResponseMessage> ChunkAsync(HttpClient client, Guid session, long offset, ReadOnlyMemory<byte> chunk)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/video/uploads/sessions/{session}")
        {
            Content = new ReadOnlyMemoryContent(chunk),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        request.Headers.Add(UploadsApi.OffsetHeader, offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return client.SendAsync(request);
    }

    public static async Task<VideoResponse> UploadVideoAsync(HttpClient client, string path)
    {
        var response = await MultipartAsync(client, await File.ReadAllBytesAsync(path), Path.GetFileName(path));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonSerializer.Deserialize<VideoResponse>(body, Json)!;
    }
}
