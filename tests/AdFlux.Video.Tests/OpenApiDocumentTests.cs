using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdFlux.Video.Tests;

[Collection(VideoCollection.Name)]
public sealed class OpenApiDocumentTests(VideoWorld world)
{
    /// <summary>Set to 1 to rewrite services/video/openapi.json from the running service.</summary>
    public const string UpdateVariable = "ADFLUX_UPDATE_OPENAPI";

    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_service_serves()
    {
        using var client = world.Factory.CreateClient();
        var served = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var path = Path.Combine(RepositoryRoot(), "services", "video", "openapi.json");
        var pretty = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (!File.Exists(path) || Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, pretty);
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path));

        Assert.True(JsonNode.DeepEquals(served, committed),
            $"services/video/openapi.json differs from the served document: run the video tests with {UpdateVariable}=1 and commit it.");
        foreach (var route in new[] { "/api/video/uploads", "/api/video/uploads/sessions/{id}", "/api/video/jobs/{id}/events", "/api/video/debug/clips/summary" })
        {
            Assert.NotNull(served["paths"]![route]);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AdFlux.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("AdFlux.sln not found above the test's folder.");
    }
}
