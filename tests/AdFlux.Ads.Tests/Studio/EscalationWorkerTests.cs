using System.Net;
using AdFlux.Ads.Data;
using AdFlux.Ads.Studio.Escalation;
using AdFlux.Ads.Tests.Unit;
using AdFlux.ServiceDefaults.Data;
using AdFlux.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Tests.Studio;

/// <summary>The escalation worker against the real database, on a clock the test moves.</summary>
[Collection(AdsCollection.Name)]
public sealed class EscalationWorkerTests(AdsWorld world)
{
    private EscalationWorker Worker(TimeProvider clock) => new(
        world.Service.Services.GetRequiredService<IServiceScopeFactory>(), world.Service.Services.GetRequiredService<DatabaseState<AdsDbContext>>(),
        Options.Create(new EscalationOptions()), clock, NullLogger<EscalationWorker>.Instance);

    /// <summary>Runs the worker until nothing (of any test) is due.</summary>
    private static async Task DrainAsync(EscalationWorker worker)
    {
        for (var i = 0; i < 100 && await worker.RunNextAsync(CancellationToken.None); i++)
        {
        }
    }

    [Fact]
    public async Task A_step_past_its_timeout_is_escalated_once_by_the_worker_recording_the_transition_and_the_escalation_approver_decides()
    {
        var (ana, dan) = (await world.NewUserAsync(), await world.NewUserAsync());
        var profile = await world.NewClientProfileAsync();
        await StudioCalls.CreateBrandAsync(world.Client, world.AdminA, profile);
        var workflow = await StudioCalls.CreateWorkflowAsync(world.Client, world.AdminA, StudioCalls.Step("any", [ana], escalateAfterMinutes: 30, escalateTo: dan));
        var request = await StudioCalls.CreateRequestAsync(world.Client, world.AdminA, profile);
        var submitted = await StudioCalls.SubmitAsync(world.Client, world.AdminA, request.Id, workflow.Id);
        var clock = new ManualClock(submitted.CurrentStep!.EnteredAt!.Value.AddMinutes(29));
        var worker = Worker(clock);

        await DrainAsync(worker);
        var early = await StudioCalls.GetAsync(world.Client, world.AdminA, request.Id);
        var danEarly = await StudioCalls.DecideAsync(world.Client, TestTokens.Viewer(world.Matrix.A.TenantId, dan), request.Id, "approved");
        clock.Advance(TimeSpan.FromMinutes(2));
        await DrainAsync(worker);
        await DrainAsync(worker);
        var escalated = await StudioCalls.GetAsync(world.Client, world.AdminA, request.Id);
        var danLate = await StudioCalls.DecideAsync(world.Client, TestTokens.Viewer(world.Matrix.A.TenantId, dan), request.Id, "approved", "Covering for Ana");

        Assert.False(early.CurrentStep!.Escalated);
        Assert.Equal(HttpStatusCode.Forbidden, danEarly.Status);
        Assert.True(escalated.CurrentStep!.Escalated);
        var escalation = Assert.Single(escalated.History, t => t.Via == "system");
        Assert.Equal(("in_review", "in_review"), (escalation.From, escalation.To));
        Assert.Contains($"escalated to {dan}", escalation.Reason, StringComparison.Ordinal);
        Assert.Equal(clock.GetUtcNow(), escalation.At, TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.OK, danLate.Status);
        Assert.Equal("approved", danLate.Body!["status"]!.GetValue<string>());
    }
}
