using System.Net;
using System.Net.Http.Json;
using AdFlux.Contracts.Usage;
using AdFlux.Insights.Domain;
using AdFlux.Insights.Reports;
using AdFlux.ServiceDefaults.Usage;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Insights.Tests.Usage;

/// <summary>Recorded external calls reaching insights over the real broker: day rows once, the usage endpoint, budget alerts and the hard stop.</summary>
[Collection(InsightsCollection.Name)]
public sealed class UsageTests(InsightsWorld world)
{
    [Fact]
    public async Task Insights_own_report_calls_to_the_chat_sandbox_reach_the_usage_of_their_tenant()
    {
        // The world's seed ran a daily report per client profile of tenant A through the sandbox chat model.
        using var admin = world.Client(world.Matrix.A.AdminToken);
        var usage = await Eventually.WaitAsync(
            () => admin.GetFromJsonAsync<UsagePageJson>("/api/insights/usage?provider=sandbox")!,
            page => page!.Items.Any(i => i.Operation == "POST v1/chat/completions"), TimeSpan.FromSeconds(30));

        var row = usage!.Items.First(i => i.Operation == "POST v1/chat/completions");
        Assert.True(row.Calls >= 2, $"expected the seed's report calls, got {row.Calls}");
        Assert.True(row.InputTokens > 0 && row.OutputTokens > 0);
        Assert.Equal("USD", row.Currency);
        Assert.Equal(0, row.CostMinor);
    }

    [Fact]
    public async Task A_redelivered_batch_is_counted_once_and_usage_answers_only_for_the_callers_tenant()
    {
        var (tenant, other) = (Guid.NewGuid(), Guid.NewGuid());
        var provider = $"prov-{Guid.NewGuid():N}"[..16];
        var today = DateTimeOffset.UtcNow;
        var batch = Batch(tenant, Call(provider, "GET v1/things/{id}", today, 120, 200, 0.004m), Call(provider, "GET v1/things/{id}", today, 80, 503, null),
            Call(provider, "POST v1/chat/completions", today, 900, 200, 0.0015m, 1200, 300));

        await world.PublishAsync(batch);
        await world.PublishAsync(batch);
        await world.PublishAsync(Batch(other, Call(provider, "GET v1/things/{id}", today, 50, 200, 1m)));
        await world.HandledAsync(batch);

        using var admin = world.Client(TestTokens.Admin(tenant));
        var page = await Eventually.WaitAsync(() => admin.GetFromJsonAsync<UsagePageJson>($"/api/insights/usage?provider={provider}")!, p => p!.Total == 2);
        var things = page!.Items.Single(i => i.Operation == "GET v1/things/{id}");
        Assert.Equal((2L, 1L, 100.0, 120), (things.Calls, things.Failures, things.AverageLatencyMs, things.MaxLatencyMs));
        Assert.Equal((0.004m, 0L, 1L), (things.Cost, things.CostMinor, things.UnpricedCalls));
        var chat = page.Items.Single(i => i.Operation == "POST v1/chat/completions");
        Assert.Equal((1L, 1200L, 300L, 0.0015m), (chat.Calls, chat.InputTokens, chat.OutputTokens, chat.Cost));
        var total = Assert.Single(page.Providers);
        Assert.Equal((3L, 1L, 0.0055m, 1L), (total.Calls, total.Failures, total.Cost, total.CostMinor));

        // Redelivered under its own id: still counted once, however long we wait for a second count.
        await world.PublishAsync(batch);
        await world.HandledAsync(batch);
        await using (var db = world.Db(tenant))
        {
            Assert.Equal(3, await db.UsageDays.Where(u => u.Provider == provider).SumAsync(u => u.Calls));
        }

        using var otherAdmin = world.Client(TestTokens.Admin(other));
        var theirs = await Eventually.WaitAsync(() => otherAdmin.GetFromJsonAsync<UsagePageJson>($"/api/insights/usage?provider={provider}")!, p => p!.Total == 1);
        Assert.Equal(1m, Assert.Single(theirs!.Items).Cost);
        using var stranger = world.Client(TestTokens.Admin(Guid.NewGuid()));
        Assert.Empty((await stranger.GetFromJsonAsync<UsagePageJson>($"/api/insights/usage?provider={provider}"))!.Items);
    }

    [Theory]
    [InlineData("/api/insights/usage?from=2026-02-01&to=2026-01-01", "from")]
    [InlineData("/api/insights/usage?from=2024-01-01&to=2026-01-01", "to")]
    [InlineData("/api/insights/usage?limit=0", "limit")]
    public async Task A_bad_usage_query_is_a_400_naming_the_field(string path, string field)
    {
        using var admin = world.Client(TestTokens.Admin(Guid.NewGuid()));
        var problem = await InsightsWorld.GetJsonAsync(admin, path, HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Theory]
    [InlineData(0, "USD", "amount")]
    [InlineData(-5, "USD", "amount")]
    [InlineData(10, "XYZ", "currency")]
    public async Task A_bad_budget_is_a_400_naming_the_field_and_nothing_is_saved(decimal amount, string currency, string field)
    {
        var tenant = Guid.NewGuid();
        using var admin = world.Client(TestTokens.Admin(tenant));
        using var response = await admin.PutAsJsonAsync("/api/insights/usage/budget", new { amount, currency, hardStop = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var budget = await admin.GetFromJsonAsync<BudgetJson>("/api/insights/usage/budget");
        Assert.False(budget!.Configured);
    }

    [Fact]
    public async Task Budget_alerts_fire_once_each_at_80_and_100_percent_of_the_month()
    {
        var tenant = Guid.NewGuid();
        var provider = $"prov-{Guid.NewGuid():N}"[..16];
        using var admin = world.Client(TestTokens.Admin(tenant));
        (await admin.PutAsJsonAsync("/api/insights/usage/budget", new { amount = 1.00m, currency = "usd", hardStop = false })).EnsureSuccessStatusCode();
        var now = DateTimeOffset.UtcNow;

        await PublishAndWaitAsync(Batch(tenant, Call(provider, "GET v1/a", now, 10, 200, 0.50m)));
        Assert.Empty(await UsageAlertsAsync(tenant));
        await PublishAndWaitAsync(Batch(tenant, Call(provider, "GET v1/a", now, 10, 200, 0.35m)));
        Assert.Equal(["80"], (await UsageAlertsAsync(tenant)).Select(PercentOf));
        await PublishAndWaitAsync(Batch(tenant, Call(provider, "GET v1/a", now, 10, 200, 0.05m)));
        await PublishAndWaitAsync(Batch(tenant, Call(provider, "GET v1/a", now, 10, 200, 0.15m)));
        await PublishAndWaitAsync(Batch(tenant, Call(provider, "GET v1/a", now, 10, 200, 0.15m)));

        var alerts = await UsageAlertsAsync(tenant);
        Assert.Equal(["100", "80"], alerts.Select(PercentOf).Order());
        Assert.Equal(AlertSeverities.Critical, alerts.Single(a => PercentOf(a) == "100").Severity);
        var budget = await admin.GetFromJsonAsync<BudgetJson>("/api/insights/usage/budget");
        Assert.Equal((true, 1.20m, 120m, false), (budget!.Configured, budget.Spent, budget.Percent, budget.Exhausted));
    }

    [Fact]
    public async Task A_hard_stop_refuses_the_tenants_next_provider_call_until_the_budget_is_raised()
    {
        var tenant = Guid.NewGuid();
        var provider = $"prov-{Guid.NewGuid():N}"[..16];
        using var admin = world.Client(TestTokens.Admin(tenant));
        (await admin.PutAsJsonAsync("/api/insights/usage/budget", new { amount = 2m, currency = "USD", hardStop = true })).EnsureSuccessStatusCode();
        using var chat = world.Service.Services.GetRequiredService<IHttpClientFactory>().CreateClient(ReportOptions.ChatSection);
        AmbientTenant.Set(tenant);
        using (var before = await SendChatAsync(chat))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await PublishAndWaitAsync(Batch(tenant, Call(provider, "POST v1/chat/completions", DateTimeOffset.UtcNow, 10, 200, 2.5m)));

        var refused = await Eventually.WaitAsync(() => RefusalAsync(chat), exception => exception is not null, TimeSpan.FromSeconds(20));
        Assert.NotNull(refused);
        Assert.Contains("2 USD", refused.Message, StringComparison.Ordinal);
        Assert.True((await admin.GetFromJsonAsync<BudgetJson>("/api/insights/usage/budget"))!.Exhausted);

        (await admin.PutAsJsonAsync("/api/insights/usage/budget", new { amount = 10m, currency = "USD", hardStop = true })).EnsureSuccessStatusCode();

        var allowed = await Eventually.WaitAsync(() => RefusalAsync(chat), exception => exception is null, TimeSpan.FromSeconds(20));
        Assert.Null(allowed);
        Assert.False((await admin.GetFromJsonAsync<BudgetJson>("/api/insights/usage/budget"))!.Exhausted);
    }

    private async Task<UsageBudgetExhaustedException?> RefusalAsync(HttpClient chat)
    {
        try
        {
            using var response = await SendChatAsync(chat);
            return null;
        }
        catch (UsageBudgetExhaustedException refused)
        {
            return refused;
        }
    }

    private Task<HttpResponseMessage> SendChatAsync(HttpClient chat)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(world.Sandbox.Server.BaseAddress, "v1/chat/completions"))
        {
            Content = JsonContent.Create(new { model = "adflux-sandbox", messages = new[] { new { role = "user", content = "hi" } } }),
        };
        request.Headers.Authorization = new("Bearer", "sandbox");
        return chat.SendAsync(request);
    }

    private async Task PublishAndWaitAsync(ExternalApiCallsRecorded batch)
    {
        await world.PublishAsync(batch);
        await world.HandledAsync(batch);
    }

    private async Task<List<Alert>> UsageAlertsAsync(Guid tenant)
    {
        await using var db = world.Db(tenant);
        return await db.Alerts.Where(a => a.Kind == AlertKinds.UsageBudget).ToListAsync();
    }

    private static string PercentOf(Alert alert) => alert.DedupeKey[(alert.DedupeKey.LastIndexOf(':') + 1)..];

    private static ExternalApiCallsRecorded Batch(Guid tenant, params ExternalApiCall[] calls) =>
        new(Guid.CreateVersion7(), tenant, DateTimeOffset.UtcNow, "tests", calls);

    private static ExternalApiCall Call(string provider, string operation, DateTimeOffset at, int latencyMs, int status, decimal? cost, long? input = null, long? output = null) =>
        new(Guid.CreateVersion7(), provider, operation, at, latencyMs, status, status is >= 200 and < 300, input, output, cost, cost is null ? null : "USD");

    private sealed record UsagePageJson(List<UsageRowJson> Items, List<UsageTotalJson> Providers, int Total);

    private sealed record UsageRowJson(string Operation, long Calls, long Failures, double AverageLatencyMs, int MaxLatencyMs, long InputTokens, long OutputTokens,
        decimal Cost, long CostMinor, string? Currency, long UnpricedCalls);

    private sealed record UsageTotalJson(string Provider, long Calls, long Failures, decimal Cost, long CostMinor, string? Currency);

    private sealed record BudgetJson(bool Configured, decimal? Amount, decimal Spent, decimal? Percent, bool Exhausted);
}
