using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace AdFlux.MlDetection.Tests;

/// <summary>Request bodies: multipart uploads as browsers send them, and the JSON (base64) form.</summary>
public static class Uploads
{
    public static MultipartFormDataContent Multipart(byte[] image, string fileName = "image.png", params (string Name, string Value)[] fields) =>
        Multipart([image], "image", fileName, fields);

    public static MultipartFormDataContent Multipart(IReadOnlyList<byte[]> images, string field, string fileName, params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var image in images)
        {
            var file = new ByteArrayContent(image);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, field, fileName);
        }
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        return content;
    }

    public static JsonContent Json(byte[] image, string? model = null) => JsonContent.Create(new { image = Convert.ToBase64String(image), model });
}
