using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.MlDetection.Api;
using AdFlux.Testing.Auth;

namespace AdFlux.MlDetection.Tests;

[Collection(MlServiceCollection.Name)]
public sealed class AuthMatrixTests(MlService service) : IAsyncLifetime
{
    private static readonly string Small = Convert.ToBase64String(TestImages.Blank(64, 64));

    public static readonly AuthMatrix Matrix = new AuthMatrix(apiKeys: false, clientProfiles: false)
        .Get("/api/ml/models")
        .Get("/api/ml/detections/{image}")
        .Post("/api/ml/detect", _ => new { image = Small, model = MlService.TinyModel })
        .Post("/api/ml/detect/batch", t => new { images = new[] { Small }, imageIds = new[] { t.Resources["image"] }, model = MlService.TinyModel })
        .Post("/api/ml/faces", t => new { imageId = t.Resources["image"] })
        .Post("/api/ml/ocr", _ => new { image = Small })
        .Post("/api/ml/compliance", t => new { imageId = t.Resources["image"] });

    public static TheoryData<string, string> Cases => Matrix.Cases();

    private AuthMatrixWorld _world = null!;

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Endpoint_enforces(string endpoint, string check) => Matrix.VerifyAsync(endpoint, check, _world);

    public async Task InitializeAsync() =>
        _world = new AuthMatrixWorld(service.Factory.CreateClient(), await TenantAsync("A"), await TenantAsync("B"));

    public Task DisposeAsync()
    {
        _world.Client.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A tenant with one analysed image (the tiny YOLOv8 model always finds two things).</summary>
    private async Task<MatrixTenant> TenantAsync(string name)
    {
        var tenant = Guid.NewGuid();
        var admin = Guid.NewGuid();
        var token = TestTokens.Admin(tenant, admin);
        using var client = service.Client(token);
        var response = await client.PostAsync("/api/ml/detect", JsonContent.Create(new { image = Small, model = MlService.TinyModel }));
        response.EnsureSuccessStatusCode();
        var image = (await response.Content.ReadFromJsonAsync<AnalysisResponse>(new JsonSerializerOptions(JsonSerializerDefaults.Web)))!.ImageId;
        return new MatrixTenant(name, tenant, admin, token, TestTokens.Viewer(tenant), null, null,
            new Dictionary<string, string> { ["image"] = image.ToString() });
    }
}
