using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// deploy/aspire-manifest.json is what the README's command generates from the application
/// model today, and the compose file and Kubernetes manifests give every service the settings
/// the model wires (connection strings, service URLs, the admin bootstrap) and the per-service
/// roles the AppHost gives them locally.
/// </summary>
public sealed partial class DeployManifestTests
{
    private static readonly string Repository = Path.GetFullPath(Path.Combine(Projects.AdFlux_AppHost.ProjectPath, ".."));
    private static readonly string Deploy = Path.Combine(Repository, "deploy");

    [Fact]
    public async Task The_checked_in_manifest_is_what_the_apphost_generates()
    {
        // Generated beside the checked-in one, so the relative project paths inside agree.
        var generated = Path.Combine(Deploy, $"aspire-manifest.check-{Guid.NewGuid():N}.json");
        try
        {
            var info = new ProcessStartInfo("dotnet", ["run", "--project", "AppHost", "--no-build", "--", "--publisher", "manifest", "--output-path", generated])
            {
                WorkingDirectory = Repository,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"manifest generation failed: {await output}{await error}");

            var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Deploy, "aspire-manifest.json")));
            var actual = JsonNode.Parse(await File.ReadAllTextAsync(generated));
            Assert.True(JsonNode.DeepEquals(expected, actual),
                "deploy/aspire-manifest.json is stale: regenerate it with the command in the README.");
        }
        finally
        {
            File.Delete(generated);
        }
    }

    [Fact]
    public async Task Compose_and_kubernetes_give_every_project_the_settings_the_model_wires()
    {
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Deploy, "aspire-manifest.json")));
        var projects = manifest.RootElement.GetProperty("resources").EnumerateObject()
            .Where(r => r.Value.GetProperty("type").GetString()!.StartsWith("project", StringComparison.Ordinal))
            .ToDictionary(r => r.Name, r => r.Value.GetProperty("env").EnumerateObject().Select(e => e.Name).Where(IsWiring).ToList());
        var compose = await File.ReadAllTextAsync(Path.Combine(Deploy, "compose.yaml"));
        var kubernetes = await File.ReadAllTextAsync(Path.Combine(Deploy, "kubernetes", "services.yaml"));
        var sharedKubernetes = await File.ReadAllTextAsync(Path.Combine(Deploy, "kubernetes", "configmap.yaml"))
            + await File.ReadAllTextAsync(Path.Combine(Deploy, "kubernetes", "secrets.example.yaml"));
        var composeCommon = ComposeBlock(compose, "x-common-env");

        Assert.Equal(9, projects.Count);
        foreach (var (container, composeName) in new[] { ("postgres", "postgres"), ("messaging", "rabbitmq") })
        {
            var image = manifest.RootElement.GetProperty("resources").GetProperty(container).GetProperty("image").GetString();
            Assert.Contains($"image: {image}", ComposeBlock(compose, composeName), StringComparison.Ordinal);
            Assert.Contains($"image: {image}", await File.ReadAllTextAsync(Path.Combine(Deploy, "kubernetes", "infrastructure.yaml")), StringComparison.Ordinal);
        }
        Assert.Equal(projects.Keys.Order(), ComposeServices(compose).Except(["postgres", "rabbitmq"]).Where(s => !s.EndsWith("-migrations", StringComparison.Ordinal)).Order());
        foreach (var (project, settings) in projects)
        {
            var composeService = ComposeBlock(compose, project) + composeCommon;
            var deployment = kubernetes.Split("\n---").Single(d => d.Contains("kind: Deployment", StringComparison.Ordinal) && d.Contains($"\n  name: {project}\n", StringComparison.Ordinal));
            Assert.All(settings, setting =>
            {
                Assert.True(composeService.Contains(setting + ":", StringComparison.Ordinal), $"compose.yaml: {project} lacks {setting}");
                Assert.True(deployment.Contains(setting, StringComparison.Ordinal) || sharedKubernetes.Contains(setting, StringComparison.Ordinal),
                    $"kubernetes: {project} lacks {setting}");
            });
        }
    }

    [Fact]
    public async Task Compose_and_kubernetes_run_each_service_as_its_runtime_role_after_its_migration_step_as_the_owner()
    {
        var compose = await File.ReadAllTextAsync(Path.Combine(Deploy, "compose.yaml"));
        var kubernetes = await File.ReadAllTextAsync(Path.Combine(Deploy, "kubernetes", "services.yaml"));
        var script = await File.ReadAllTextAsync(Path.Combine(Deploy, "postgres", "init-roles.sh"));
        var postgres = ComposeBlock(compose, "postgres");
        foreach (var (service, database) in new[] { ("identity", "identitydb"), ("ingest", "ingestdb"), ("video", "videodb"), ("ml-detection", "mldetectiondb"), ("ads", "adsdb"), ("insights", "insightsdb"), ("ledger", "ledgerdb") })
        {
            Assert.Contains($"create {database} \"${{{database.ToUpperInvariant()}_OWNER_PASSWORD:?}}\" \"${{{database.ToUpperInvariant()}_RUNTIME_PASSWORD:?}}\"", script, StringComparison.Ordinal);
            foreach (var kind in new[] { "OWNER", "RUNTIME" })
            {
                Assert.Contains($"{database.ToUpperInvariant()}_{kind}_PASSWORD: ${{", postgres, StringComparison.Ordinal);
            }
            var runtime = ComposeBlock(compose, service);
            Assert.Contains($"ConnectionStrings__{database}: Host=postgres;Database={database};Username={database}_runtime;", runtime, StringComparison.Ordinal);
            Assert.Contains("Database__ExternalMigrations: \"true\"", runtime, StringComparison.Ordinal);
            Assert.Contains($"{service}-migrations: {{ condition: service_completed_successfully }}", runtime, StringComparison.Ordinal);
            var step = ComposeBlock(compose, $"{service}-migrations");
            Assert.Contains("<<: *migrations", step, StringComparison.Ordinal);
            Assert.Contains($"ConnectionStrings__{database}: Host=postgres;Database={database};Username={database}_owner;", step, StringComparison.Ordinal);
            Assert.Contains($"Database__RuntimeRole: {database}_runtime", step, StringComparison.Ordinal);

            var deployment = kubernetes.Split("\n---").Single(d => d.Contains("kind: Deployment", StringComparison.Ordinal) && d.Contains($"\n  name: {service}\n", StringComparison.Ordinal));
            var (init, main) = (deployment[..deployment.IndexOf("      containers:", StringComparison.Ordinal)], deployment[deployment.IndexOf("      containers:", StringComparison.Ordinal)..]);
            Assert.Contains("args: [\"--Database:MigrateOnly=true\"]", init, StringComparison.Ordinal);
            Assert.Contains($"key: {database}-owner", init, StringComparison.Ordinal);
            Assert.Contains($"{{ name: Database__RuntimeRole, value: {database}_runtime }}", init, StringComparison.Ordinal);
            Assert.Contains("{ name: Database__ExternalMigrations, value: \"true\" }", main, StringComparison.Ordinal);
        }
        Assert.Contains("./postgres/init-roles.sh:/docker-entrypoint-initdb.d/init-roles.sh:ro", postgres, StringComparison.Ordinal);
        var configMap = await File.ReadAllTextAsync(Path.Combine(Deploy, "kubernetes", "infrastructure.yaml"));
        var embedded = configMap[(configMap.IndexOf("  init-roles.sh: |\n", StringComparison.Ordinal) + "  init-roles.sh: |\n".Length)..configMap.IndexOf("\n---", StringComparison.Ordinal)];
        Assert.Equal(script.TrimEnd(), string.Join('\n', embedded.Split('\n').Select(line => line.Length >= 4 ? line[4..] : line)).TrimEnd());
    }

    private static bool IsWiring(string setting) =>
        setting.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
        || setting.StartsWith("services__", StringComparison.Ordinal)
        || setting.StartsWith("Identity__", StringComparison.Ordinal)
        || setting.StartsWith("Ingest__", StringComparison.Ordinal)
        || setting.StartsWith("Ads__", StringComparison.Ordinal)
        || setting.StartsWith("Ledger__", StringComparison.Ordinal);

    private static IEnumerable<string> ComposeServices(string compose) =>
        ComposeBlock(compose, "services").Split('\n').Select(line => ServiceLine().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value);

    /// <summary>The lines under a key up to the next key of the same indentation.</summary>
    private static string ComposeBlock(string compose, string key)
    {
        var lines = compose.Split('\n');
        var start = Array.FindIndex(lines, line => line.Trim() == key + ":" || line.Trim().StartsWith(key + ": &", StringComparison.Ordinal));
        Assert.True(start >= 0, $"compose.yaml has no {key}");
        var indent = lines[start].Length - lines[start].TrimStart().Length;
        var block = lines.Skip(start + 1).TakeWhile(line => line.Trim().Length == 0 || line.Length - line.TrimStart().Length > indent);
        return string.Join('\n', block);
    }

    [GeneratedRegex(@"^  ([a-z][a-z-]*):\s*$")]
    private static partial Regex ServiceLine();
}
