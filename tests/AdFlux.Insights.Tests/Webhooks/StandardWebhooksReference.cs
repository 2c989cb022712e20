using System.Diagnostics;
using System.Text.Json;
using AdFlux.AppHost.Infrastructure;

namespace AdFlux.Insights.Tests.Webhooks;

/// <summary>
/// The Standard Webhooks reference library (npm <c>standardwebhooks</c>, by the spec's authors),
/// installed into a folder of this test run and run with Node: a delivery counts as signed only
/// when that library's <c>verify</c> accepts it.
/// </summary>
public static class StandardWebhooksReference
{
    public const string Version = "1.1.1";

    private const string FolderPrefix = "adflux-standardwebhooks-";

    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    private const string VerifyScript = """
        const { Webhook } = require("standardwebhooks");
        let input = "";
        process.stdin.on("data", chunk => input += chunk);
        process.stdin.on("end", () => {
            const m = JSON.parse(input);
            // verify() refuses timestamps over 5 minutes from now; judge the signature at the delivery's own time.
            Date.now = () => Number(m.timestamp) * 1000;
            try {
                new Webhook(m.secret).verify(m.body, { "webhook-id": m.id, "webhook-timestamp": m.timestamp, "webhook-signature": m.signature });
                console.log("verified");
            } catch (e) {
                console.log("refused: " + e.message);
                process.exit(1);
            }
        });
        """;

    /// <summary>Returns the library's verdict: "verified" or "refused: …".</summary>
    public static async Task<string> VerifyAsync(string secret, ReceivedWebhook received)
    {
        var folder = await Installed.Value;
        var input = JsonSerializer.Serialize(new { secret, id = received.Id, timestamp = received.Timestamp, signature = received.Signature, body = received.Body });
        var (_, output) = await RunAsync("node", "verify.js", folder, input);
        return output.Trim();
    }

    private static async Task<string> InstallAsync()
    {
        await Prerequisites.EnsureAsync([Prerequisites.Node], Console.WriteLine, CancellationToken.None);
        RemoveFoldersOfEndedRuns();
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "package.json"),
            $$"""{ "private": true, "dependencies": { "standardwebhooks": "{{Version}}" } }""");
        await File.WriteAllTextAsync(Path.Combine(folder, "verify.js"), VerifyScript);
        var (code, output) = await RunAsync("npm", "install --no-package-lock --no-audit --no-fund", folder, null);
        Assert.True(code == 0, $"npm install standardwebhooks@{Version} failed: {output}");
        return folder;
    }

    // The test host is killed rather than exited, so a run cleans up after the runs before it.
    private static void RemoveFoldersOfEndedRuns()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder)[FolderPrefix.Length..], out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string program, string arguments, string folder, string? input)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
