using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.MlDetection.Api;
using AdFlux.MlDetection.Domain;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.MlDetection.Tests;

/// <summary>Analysing a stored image by id (an earlier upload) instead of uploading it again; another tenant's id is unknown.</summary>
[Collection(MlServiceCollection.Name)]
public sealed class ReferenceTests(MlService service)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task An_analysed_upload_is_kept_and_analysed_again_by_its_id_in_json_multipart_and_batches_but_not_by_another_tenant()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        using var client = service.Client(TestTokens.Admin(a));
        using var other = service.Client(TestTokens.Admin(b));
        var upload = await client.PostAsync("/api/ml/detect", Uploads.Multipart(await DebianPhotos.DogAsync(), "dog.jpg"));
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        var first = (await upload.Content.ReadFromJsonAsync<AnalysisResponse>(Json))!;
        var stored = await service.InScopeAsync(db => db.Images.IgnoreQueryFilters().SingleAsync(i => i.Id == first.ImageId));
        Assert.Equal((a, StoredImage.Upload), (stored.TenantId, stored.Source));

        var again = await client.PostAsJsonAsync("/api/ml/detect", new { imageId = first.ImageId });
        var faces = await client.PostAsync("/api/ml/faces", Uploads.Multipart([], "image", "x", ("imageId", first.ImageId.ToString())));
        var batch = await client.PostAsJsonAsync("/api/ml/detect/batch", new { images = new[] { Convert.ToBase64String(TestImages.Blank()) }, imageIds = new[] { first.ImageId } });
        var foreign = await other.PostAsJsonAsync("/api/ml/detect", new { imageId = first.ImageId });
        var foreignBatch = await other.PostAsJsonAsync("/api/ml/detect/batch", new { imageIds = new[] { first.ImageId } });
        var unknown = await client.PostAsJsonAsync("/api/ml/ocr", new { imageId = Guid.NewGuid() });
        var notAGuid = await client.PostAsync("/api/ml/detect", Uploads.Multipart([], "image", "x", ("imageId", "frame-7")));

        Assert.True(again.IsSuccessStatusCode, await again.Content.ReadAsStringAsync());
        var second = (await again.Content.ReadFromJsonAsync<AnalysisResponse>(Json))!;
        Assert.Equal(first.ImageId, second.ImageId);
        Assert.Equal(first.Detections.Select(d => d.Label), second.Detections.Select(d => d.Label));
        Assert.Contains(second.Detections, d => d.Label == "dog");
        Assert.True(faces.IsSuccessStatusCode, await faces.Content.ReadAsStringAsync());
        Assert.Equal(first.ImageId, (await faces.Content.ReadFromJsonAsync<AnalysisResponse>(Json))!.ImageId);
        Assert.True(batch.IsSuccessStatusCode, await batch.Content.ReadAsStringAsync());
        var images = (await batch.Content.ReadFromJsonAsync<BatchResponse>(Json))!.Images;
        Assert.Empty(images[0].Detections);
        Assert.Equal(first.ImageId, images[1].ImageId);
        Assert.Contains(images[1].Detections, d => d.Label == "dog");
        var rows = await client.GetFromJsonAsync<List<StoredDetectionDto>>($"/api/ml/detections/{first.ImageId}", Json);
        Assert.Equal(3, rows!.Count(r => r.Label == "dog"));

        foreach (var (response, field) in new[] { (foreign, "imageId"), (foreignBatch, "imageIds[0]"), (unknown, "imageId") })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{field}: {(int)response.StatusCode} {body}");
            Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
        }
        Assert.Equal(HttpStatusCode.BadRequest, notAGuid.StatusCode);
        Assert.Contains("imageId", await notAGuid.Content.ReadAsStringAsync());
        Assert.Equal(0, await service.InScopeAsync(db => db.Detections.IgnoreQueryFilters().CountAsync(d => d.TenantId == b)));
    }

    [Fact]
    public async Task A_stored_image_whose_file_is_gone_answers_404_and_a_failed_request_keeps_no_file()
    {
        var tenant = Guid.NewGuid();
        using var client = service.Client(TestTokens.Admin(tenant));
        var upload = await client.PostAsync("/api/ml/detect", Uploads.Multipart(TestImages.Blank(96, 96)));
        var imageId = (await upload.Content.ReadFromJsonAsync<AnalysisResponse>(Json))!.ImageId;
        var path = Path.Combine(service.ImageStore, "uploads", tenant.ToString("N"), imageId.ToString("N"));
        Assert.True(File.Exists(path));
        File.Delete(path);

        var gone = await client.PostAsJsonAsync("/api/ml/detect", new { imageId });
        var bad = await client.PostAsync("/api/ml/detect/batch", Uploads.Multipart([TestImages.Blank(), "not an image"u8.ToArray()], "images", "x.png"));

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
