using System.Text.Json.Nodes;

namespace AdFlux.Ads.Tests;

/// <summary>What the platform sandbox holds for one account: creates per kind and the objects (with status and budgets).</summary>
public static class SandboxCounters
{
    public static async Task<JsonNode> MetaAsync(HttpClient sandbox, string accountId) =>
        JsonNode.Parse(await sandbox.GetStringAsync($"/sandbox/meta/counters?account=act_{accountId}"))!;

    public static async Task<JsonNode> GoogleAsync(HttpClient sandbox, string customerId) =>
        JsonNode.Parse(await sandbox.GetStringAsync($"/sandbox/google/counters?customer={customerId}"))!;

    public static int Creates(JsonNode counters, string kind) => counters["creates"]![kind]?.GetValue<int>() ?? 0;

    public static IEnumerable<JsonNode> Objects(JsonNode counters, string kind) =>
        (counters["objects"] ?? counters["resources"])!.AsArray().Where(o => o!["kind"]!.GetValue<string>() == kind).Select(o => o!);
}
