using AdFlux.Testing.Auth;

namespace AdFlux.Insights.Tests;

[Collection(InsightsCollection.Name)]
public sealed class OpenApiDocumentTests(InsightsWorld world)
{
    /// <summary>
    /// services/insights/openapi.json is the running service's document. When the API changes the
    /// test rewrites the file and fails once, so the change shows up in the diff to commit.
    /// </summary>
    [Fact]
    public async Task The_committed_openapi_document_matches_the_running_service()
    {
        using var client = world.Client(TestTokens.Admin(Guid.NewGuid()));
        var served = Normalise(await client.GetStringAsync("/openapi/v1.json"));
        var path = Path.Combine(RepositoryRoot(), "services", "insights", "openapi.json");
        var committed = File.Exists(path) ? Normalise(await File.ReadAllTextAsync(path)) : null;
        if (committed != served)
        {
            await File.WriteAllTextAsync(path, served);
        }
        Assert.True(committed == served, $"{path} was out of date and has been regenerated: review and commit it.");
        Assert.Contains("/api/insights/analytics/comprehensive", served, StringComparison.Ordinal);
    }

    private static string Normalise(string json) => json.ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AdFlux.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("AdFlux.sln not found above the test binaries.");
    }
}
