using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace AdFlux.Testing;

/// <summary>
/// Each service commits the OpenAPI document it serves (<c>services/&lt;name&gt;/openapi.json</c>),
/// so an API change shows up in review. Run the service's tests with
/// <c>ADFLUX_UPDATE_OPENAPI=1</c> to rewrite the file after an intended change.
/// </summary>
public static class CommittedOpenApi
{
    public const string UpdateVariable = "ADFLUX_UPDATE_OPENAPI";

    /// <summary>Asserts the committed document equals the one <paramref name="client"/>'s service serves and returns it.</summary>
    public static async Task<JsonNode> AssertMatchesAsync(HttpClient client, string serviceFolder)
    {
        var served = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var path = Path.Combine(RepositoryPaths.Root, "services", serviceFolder, "openapi.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
        Assert.True(File.Exists(path), $"{path} is missing: run the {serviceFolder} tests with {UpdateVariable}=1 and commit it.");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path));
        Assert.True(JsonNode.DeepEquals(served, committed),
            $"services/{serviceFolder}/openapi.json differs from the served document: run the {serviceFolder} tests with {UpdateVariable}=1 and commit it.");
        return served;
    }
}
