using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.MlDetection.Api;
using AdFlux.MlDetection.Models;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.MlDetection.Tests;

[Collection(MlServiceCollection.Name)]
public sealed class MlApiTests(MlService service)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<int> RowsAsync(Guid tenant) =>
        await service.InScopeAsync(db => db.Detections.IgnoreQueryFilters().CountAsync(d => d.TenantId == tenant));

    private async Task<List<string>> OutboxTypesAsync(Guid tenant) =>
        await service.InScopeAsync(db => db.Set<OutboxMessage>().Where(m => m.TenantId == tenant).Select(m => m.MessageType).ToListAsync());

    [Fact]
    public async Task Detect_upload_answers_labels_boxes_timings_and_version_and_stores_the_rows_for_the_tenant_only()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        using var client = service.Client(TestTokens.Admin(a));
        using var other = service.Client(TestTokens.Admin(b));

        var response = await client.PostAsync("/api/ml/detect", Uploads.Multipart(await DebianPhotos.DogAsync(), "dog.jpg", ("confidence", "0.3")));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var result = JsonSerializer.Deserialize<AnalysisResponse>(body, Json)!;

        Assert.Equal((768, 576), (result.Width, result.Height));
        Assert.Equal("nanodet-g", result.Model);
        Assert.Contains("3.0.4", result.ModelVersion);
        var dog = Assert.Single(result.Detections, d => d.Label == "dog");
        Assert.InRange(dog.Box.X, 50, 250);
        Assert.True(result.Timings.Inference > 0 && result.Timings.Decode > 0 && result.Timings.Preprocess > 0);
        var stored = await client.GetFromJsonAsync<List<StoredDetectionDto>>($"/api/ml/detections/{result.ImageId}", Json);
        Assert.Equal(result.Detections.Count, stored!.Count);
        Assert.All(stored, row => Assert.Equal("object", row.DetectionType));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/ml/detections/{result.ImageId}")).StatusCode);
        Assert.Contains(await OutboxTypesAsync(a), t => t.Contains(".DetectionCompleted,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Faces_and_a_batch_of_detections_work_through_the_api_in_json_and_multipart()
    {
        using var client = service.Client(TestTokens.Admin(Guid.NewGuid()));

        var faces = await client.PostAsync("/api/ml/faces", Uploads.Json(await DebianPhotos.AstronautAsync()));
        var batch = await client.PostAsync("/api/ml/detect/batch",
            Uploads.Multipart([await DebianPhotos.HorsesAsync(), TestImages.Blank()], "images", "photo.jpg"));

        Assert.True(faces.IsSuccessStatusCode, await faces.Content.ReadAsStringAsync());
        Assert.Single((await faces.Content.ReadFromJsonAsync<AnalysisResponse>(Json))!.Detections, d => d.Label == "face");
        Assert.True(batch.IsSuccessStatusCode, await batch.Content.ReadAsStringAsync());
        var images = (await batch.Content.ReadFromJsonAsync<BatchResponse>(Json))!.Images;
        Assert.Equal(2, images.Count);
        Assert.Contains(images[0].Detections, d => d.Label == "horse");
        Assert.Empty(images[1].Detections);
    }

    [Fact]
    public async Task A_screenshot_with_a_restriction_notice_is_flagged_stored_and_announced()
    {
        var tenant = Guid.NewGuid();
        using var client = service.Client(TestTokens.Admin(tenant));
        var screenshot = TestImages.Text(900, 240, ("Your account is restricted", 30, 70, 36), ("See more in Settings", 30, 170, 30));

        var response = await client.PostAsync("/api/ml/ocr", Uploads.Multipart(screenshot));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<AnalysisResponse>(Json))!;

        var anomaly = Assert.Single(result.Anomalies);
        Assert.Equal("account-restricted", anomaly.Kind);
        Assert.InRange(anomaly.Box.Y, 20, 60);
        var stored = await client.GetFromJsonAsync<List<StoredDetectionDto>>($"/api/ml/detections/{result.ImageId}", Json);
        Assert.Contains(stored!, r => r.AnomalyFlag && r.Text!.Contains("restricted", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(stored!, r => !r.AnomalyFlag);
        Assert.Contains(await OutboxTypesAsync(tenant), t => t.Contains(".AnomalyDetected,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_notice_photographed_upside_down_is_read_flagged_and_answered_with_its_oriented_box()
    {
        using var client = service.Client(TestTokens.Admin(Guid.NewGuid()));

        var response = await client.PostAsync("/api/ml/ocr", Uploads.Multipart(TestImages.RotatedText(700, 300, "Your account is restricted", 34, 180)));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<AnalysisResponse>(Json))!;

        var line = Assert.Single(result.Detections);
        Assert.Equal(180, Math.Abs(line.Angle!.Value), 3);
        Assert.Equal(4, line.Quad!.Count);
        // Reading order: the text's first corner is the image's bottom right.
        Assert.True(line.Quad[0][0] > line.Quad[2][0] && line.Quad[0][1] > line.Quad[2][1], JsonSerializer.Serialize(line.Quad));
        Assert.Equal("account-restricted", Assert.Single(result.Anomalies).Kind);
    }

    public static TheoryData<string, byte[]> BadImages => new()
    {
        { "not an image", "hello, this is text"u8.ToArray() },
        { "empty", [] },
        { "truncated png", TestImages.Text(400, 200, ("truncated", 20, 100, 40))[..300] },
        { "decompression bomb", TestImages.PngHeader(100_000, 100_000) },
        { "too many pixels", TestImages.PngHeader(9_000, 9_000) },
    };

    [Theory]
    [MemberData(nameof(BadImages))]
    public async Task Every_bad_image_answers_422_naming_the_field_on_every_endpoint_and_stores_nothing(string why, byte[] image)
    {
        var tenant = Guid.NewGuid();
        using var client = service.Client(TestTokens.Admin(tenant));
        foreach (var path in new[] { "/api/ml/detect", "/api/ml/faces", "/api/ml/ocr" })
        {
            var response = await client.PostAsync(path, Uploads.Multipart(image));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity || (why == "empty" && response.StatusCode == HttpStatusCode.BadRequest), $"{path} {why}: {(int)response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("image", body);
        }
        var compliance = await client.PostAsJsonAsync("/api/ml/compliance", new { image = Convert.ToBase64String(image) });
        var complianceBody = await compliance.Content.ReadAsStringAsync();
        Assert.True(compliance.StatusCode == HttpStatusCode.UnprocessableEntity || (why == "empty" && compliance.StatusCode == HttpStatusCode.BadRequest),
            $"/api/ml/compliance {why}: {(int)compliance.StatusCode} {complianceBody}");
        Assert.True(JsonDocument.Parse(complianceBody).RootElement.GetProperty("errors").TryGetProperty("image", out _), complianceBody);
        var batch = await client.PostAsync("/api/ml/detect/batch", Uploads.Multipart([TestImages.Blank(), image], "images", "x.png"));
        Assert.Contains("images[1]", await batch.Content.ReadAsStringAsync());
        Assert.Equal(0, await RowsAsync(tenant));
        Assert.Empty(await OutboxTypesAsync(tenant));
    }

    [Fact]
    public async Task Bad_parameters_answer_400_naming_the_field()
    {
        using var client = service.Client(TestTokens.Admin(Guid.NewGuid()));
        var blank = TestImages.Blank(64, 64);

        var confidence = await client.PostAsync("/api/ml/detect", Uploads.Multipart(blank, "b.png", ("confidence", "1.5")));
        var iou = await client.PostAsync("/api/ml/detect", Uploads.Multipart(blank, "b.png", ("iou", "abc")));
        var unknown = await client.PostAsync("/api/ml/detect", Uploads.Json(blank, "no-such-model"));
        var wrongTask = await client.PostAsync("/api/ml/faces", Uploads.Json(blank, "nanodet-g"));
        var missing = await client.PostAsync("/api/ml/detect", Uploads.Multipart([], "image", "x", ("model", "nanodet-g")));
        var notBase64 = await client.PostAsync("/api/ml/detect", JsonContent.Create(new { image = "***" }));

        foreach (var (response, field) in new[] { (confidence, "confidence"), (iou, "iou"), (unknown, "model"), (wrongTask, "model"), (missing, "image"), (notBase64, "image") })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {(int)response.StatusCode} {body}");
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{field}: {problem}");
        }
    }

    [Fact]
    public async Task The_models_endpoint_serves_the_manifest_with_sha256_and_licences()
    {
        using var client = service.Client(TestTokens.Viewer(Guid.NewGuid()));

        var models = (await client.GetFromJsonAsync<List<ModelDescriptor>>("/api/ml/models", Json))!;

        Assert.Equal(["blazeface-back", "blazeface-front", "nanodet-g", "ppocr-cls", "ppocr-det", "ppocr-rec", MlService.TinyModel],
            models!.Select(m => m.Name).Order());
        var nanodet = models!.Single(m => m.Name == "nanodet-g");
        Assert.Equal(80, nanodet.Labels.Count);
        Assert.Equal([416, 416], nanodet.InputSize);
        Assert.All(models, m => Assert.Matches("^[0-9a-f]{64}$", m.Sha256));
        Assert.All(models, m => Assert.False(string.IsNullOrWhiteSpace(m.Licence)));
        Assert.Equal(6623, models!.Single(m => m.Name == "ppocr-rec").Labels.Count);
    }

    [Fact]
    public async Task The_committed_openapi_document_is_the_services()
    {
        using var client = service.Factory.CreateClient();
        var served = await CommittedOpenApi.AssertMatchesAsync(client, "ml-detection");
        Assert.NotNull(served["paths"]!["/api/ml/detect/batch"]);
    }
}
