using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AdFlux.Contracts;
using AdFlux.Contracts.Video;
using AdFlux.Ledger.Api;
using AdFlux.Ledger.Verification;
using AdFlux.ServiceDefaults.Messaging;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Testing;
using AdFlux.Testing.Auth;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Ledger.Tests;

public sealed class LedgerApiTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Events_are_paged_by_cursor_filtered_by_type_and_limited_to_the_callers_tenant()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync(services => services.TrustTestSigningKey());
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var video = messaging.Video();
        var uploads = Enumerable.Range(0, 5).Select(i => TestEvents.VideoUploaded(a, $"{i}.mp4")).ToList();
        await Messaging.WriteAsync(video, [.. uploads, TestEvents.JobCreated(a, uploads[0].VideoId), TestEvents.VideoUploaded(b)]);
        await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= 7);
        using var client = Client(ledger, TestTokens.Viewer(a));

        var first = await client.GetFromJsonAsync<LedgerPage>("/api/ledger/events?type=VideoUploaded&limit=3", Json);
        var second = await client.GetFromJsonAsync<LedgerPage>($"/api/ledger/events?type=VideoUploaded&limit=3&cursor={first!.NextCursor}", Json);
        var recent = await client.GetFromJsonAsync<List<LedgerEventResponse>>("/api/ledger/recent?limit=50", Json);

        Assert.Equal(3, first.Items.Count);
        Assert.Equal(2, second!.Items.Count);
        Assert.Null(second.NextCursor);
        Assert.Equal(uploads.Select(u => u.EventId).Order(), first.Items.Concat(second.Items).Select(e => e.EventId).Order());
        Assert.Equal(6, recent!.Count);
        Assert.True(recent.Zip(recent.Skip(1)).All(p => p.First.Position > p.Second.Position));
    }

    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_service_serves()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync();
        using var client = ledger.CreateClient();

        var served = await CommittedOpenApi.AssertMatchesAsync(client, "ledger");

        Assert.NotNull(served["paths"]!["/api/ledger/verify"]);
    }

    [Fact]
    public async Task Bad_query_values_answer_400_problem_details_and_anonymous_callers_401()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync(services => services.TrustTestSigningKey());
        using var client = Client(ledger, TestTokens.Admin(Guid.NewGuid()));
        using var anonymous = ledger.CreateClient();

        var badLimit = await client.GetAsync("/api/ledger/recent?limit=0");
        var badRange = await client.GetAsync("/api/ledger/events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        var badCursor = await client.GetAsync("/api/ledger/events?cursor=abc");

        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Equal("application/problem+json", badLimit.Content.Headers.ContentType?.MediaType);
        Assert.Contains("limit", await badLimit.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badRange.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/ledger/recent")).StatusCode);
    }

    [Fact]
    public async Task Verify_is_for_admins_and_a_trace_tells_one_flow_in_causal_order_to_its_tenant_only()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync(services => services.TrustTestSigningKey());
        var tenant = Guid.NewGuid();
        var video = messaging.Video();
        var correlation = Guid.NewGuid();
        var uploaded = TestEvents.VideoUploaded(tenant);
        var job = TestEvents.JobCreated(tenant, uploaded.VideoId);
        var started = new JobStarted(Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, job.JobId);
        // Written in reverse causal order, as consumers on different services might commit them.
        await WriteInFlowAsync(video, started, correlation, job.EventId);
        await WriteInFlowAsync(video, job, correlation, uploaded.EventId);
        await WriteInFlowAsync(video, uploaded, correlation, null);
        await Eventually.WaitAsync(messaging.LedgerRowsAsync, n => n >= 3);
        using var admin = Client(ledger, TestTokens.Admin(tenant));
        using var viewer = Client(ledger, TestTokens.Viewer(tenant));
        using var stranger = Client(ledger, TestTokens.Admin(Guid.NewGuid()));

        var trace = await viewer.GetFromJsonAsync<TraceResponse>($"/api/ledger/trace/{correlation}", Json);
        var verification = await admin.GetFromJsonAsync<ChainVerification>("/api/ledger/verify", Json);

        Assert.Equal([uploaded.EventId, job.EventId, started.EventId], trace!.Steps.Select(s => s.Event.EventId));
        Assert.Equal([0, 1, 2], trace.Steps.Select(s => s.Depth));
        Assert.Equal(new ChainVerification(true, 3, null, 0, null), verification);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/ledger/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/ledger/trace/{correlation}")).StatusCode);
    }

    [Fact]
    public async Task A_message_that_fails_all_retries_is_listed_as_a_dead_letter_and_an_admin_replay_delivers_it_again()
    {
        await using var messaging = await Messaging.CreateAsync();
        var ledger = await messaging.StartLedgerAsync(services => services.TrustTestSigningKey());
        var tenant = Guid.NewGuid();
        await ledger.Services.GetRequiredService<TopologyDeployer>().EnsureDeployedAsync(CancellationToken.None);
        // PostgreSQL's jsonb refuses \u0000, so the ledger cannot store this event however often it tries.
        var poison = TestEvents.VideoUploaded(tenant, "bad\u0000name.mp4");
        await ledger.Services.GetRequiredService<IBus>().Publish(poison);
        using var admin = Client(ledger, TestTokens.Admin(tenant));
        using var viewer = Client(ledger, TestTokens.Viewer(tenant));

        var listed = await Eventually.WaitAsync(
            async () => await admin.GetFromJsonAsync<List<DeadLetterResponse>>("/api/ledger/dead-letters", Json) ?? [], l => l.Count > 0);
        var deadLetter = Assert.Single(listed);
        Assert.Equal(typeof(VideoUploaded).FullName, deadLetter.MessageType);
        Assert.Equal(DurableSubscriptions.LedgerEvents, deadLetter.Queue);
        Assert.Contains("PostgresException", deadLetter.Error);
        Assert.Equal(poison.EventId, deadLetter.Payload.GetProperty("eventId").GetGuid());

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"/api/ledger/dead-letters/{deadLetter.Id}/replay", null)).StatusCode);
        var replay = await admin.PostAsync($"/api/ledger/dead-letters/{deadLetter.Id}/replay", null);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var failedAgain = await Eventually.WaitAsync(
            async () => (await admin.GetFromJsonAsync<List<DeadLetterResponse>>("/api/ledger/dead-letters", Json))!.Single(), d => d.Failures >= 2);
        Assert.Equal(2, failedAgain.Failures);
        Assert.Equal(1, failedAgain.Replays);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/ledger/dead-letters/{Guid.NewGuid()}/replay", null)).StatusCode);
    }

    private static HttpClient Client(ServiceFactory<Program> ledger, string token)
    {
        var client = ledger.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task WriteInFlowAsync(ServiceFactory<AdFlux.Video.Program> video, IIntegrationEvent integrationEvent, Guid correlation, Guid? cause)
    {
        using (MessageFlow.Begin(new MessageFlow(correlation, cause)))
        {
            await Messaging.WriteAsync(video, [integrationEvent]);
        }
    }
}
