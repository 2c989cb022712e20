using System.Text.Json.Nodes;
using AdFlux.Contracts.Insights;
using AdFlux.Insights.Data;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.AI;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Insights.Reports;

/// <summary>
/// One daily run for a client profile (seed 004 §2): the posts received since the last successful
/// report; none → <see cref="InsightAnalysisSkipped"/> and no model call; else Q1–Q10 on those posts
/// and their comments, appended as a new report with <see cref="InsightReportCreated"/>, and the
/// schedule's mark moved to the newest post read. The report, the event and the mark are saved
/// together; a run in which no module got a reading saves no report and leaves the mark.
/// </summary>
public sealed class ReportRunner(
    InsightsDbContext db, ChatClients chats, ModuleReader reader, IOptions<ReportOptions> options, TimeProvider clock, ILogger<ReportRunner> logger)
{
    public async Task<ReportOutcome> RunAsync(ReportSchedule schedule, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var after = schedule.AnalyzedThrough;
        var profile = schedule.ClientProfileId;
        var posts = await db.Posts.AsNoTracking()
            .Where(p => p.ClientProfileId == profile && (after == null || p.ReceivedAt > after) && p.ReceivedAt <= now)
            .OrderBy(p => p.ReceivedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        if (posts.Count == 0)
        {
            db.AddEvent(new InsightAnalysisSkipped(Guid.CreateVersion7(), schedule.TenantId, now, profile,
                after is null ? "No posts have arrived yet." : $"No posts arrived after {after:O}."));
            return new ReportOutcome(ReportOutcome.Skipped, null, null);
        }
        var through = posts[^1].ReceivedAt;
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ClientProfileId == profile && (after == null || c.ReceivedAt > after) && c.ReceivedAt <= through)
            .OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var baselineFrom = posts.Min(p => p.CreatedAt).AddDays(-options.Value.BaselineDays);
        var baseline = await db.Posts.AsNoTracking()
            .Where(p => p.ClientProfileId == profile && after != null && p.ReceivedAt <= after && p.CreatedAt >= baselineFrom)
            .OrderByDescending(p => p.CreatedAt).Take(options.Value.BaselineMaxPosts).ToListAsync(cancellationToken);
        var input = new ReportInput(posts, comments, baseline, TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone));

        ChatProvider provider;
        Microsoft.Extensions.AI.IChatClient client;
        try
        {
            (client, provider) = chats.Create(ReportOptions.ChatSection);
        }
        catch (ChatProviderException notConfigured)
        {
            return new ReportOutcome(ReportOutcome.Failed, null, notConfigured.Message);
        }
        var modules = new List<ReportModule>();
        string? answeredModel = null;
        using (client)
        {
            foreach (var question in ReportQuestions.Evidence)
            {
                var numbers = question.Numbers(input);
                var reading = await reader.ReadAsync(client, provider.Model, question.Id, question.Title, question.Asks, numbers, cancellationToken);
                answeredModel ??= reading.ModelId;
                modules.Add(Module(question.Id, question.Title, numbers, reading));
            }
            var evidence = EvidenceOf(modules);
            var recommendations = await reader.ReadAsync(client, provider.Model, ReportQuestions.RecommendationsId, ReportQuestions.RecommendationsTitle,
                ReportQuestions.RecommendationsAsk, evidence, cancellationToken);
            answeredModel ??= recommendations.ModelId;
            modules.Add(Module(ReportQuestions.RecommendationsId, ReportQuestions.RecommendationsTitle, evidence, recommendations));
        }
        if (modules.All(m => m.Status == ReportModule.Failed))
        {
            logger.LogWarning("Every module of the report for client profile {ClientProfileId} failed", profile);
            return new ReportOutcome(ReportOutcome.Failed, null, "No module got a reading: " + modules[0].Error);
        }

        var who = provider.AnsweredWith(answeredModel);
        var usage = ChatUsage.Of(who, chats.OptionsOf(ReportOptions.ChatSection), ReportOptions.ChatSection,
            modules.Sum(m => m.InputTokens), modules.Sum(m => m.OutputTokens));
        foreach (var module in modules)
        {
            module.Cost = ChatUsage.Of(who, chats.OptionsOf(ReportOptions.ChatSection), ReportOptions.ChatSection, module.InputTokens, module.OutputTokens).Cost;
        }
        var report = new InsightReport
        {
            Id = Guid.CreateVersion7(), TenantId = schedule.TenantId, ClientProfileId = profile, CreatedAt = now,
            AnalyzedAfter = after, AnalyzedThrough = through, PostsAnalyzed = posts.Count, CommentsAnalyzed = comments.Count,
            ProviderName = who.Name, ProviderModel = who.Model, ProviderIsSandbox = who.IsSandbox,
            InputTokens = usage.InputTokens, OutputTokens = usage.OutputTokens, Cost = usage.Cost, Currency = usage.Currency, Modules = modules,
        };
        db.Reports.Add(report);
        db.AddEvent(new InsightReportCreated(Guid.CreateVersion7(), schedule.TenantId, now, report.Id, profile, through, posts.Count));
        schedule.AnalyzedThrough = through;
        return new ReportOutcome(ReportOutcome.Created, report.Id, null);
    }

    private static ReportModule Module(string id, string title, JsonObject numbers, ModuleReading reading) => new()
    {
        Id = id, Title = title, Numbers = numbers, Reading = reading.Reading, Error = reading.Error, Attempts = reading.Attempts,
        Status = reading.Reading is null ? ReportModule.Failed : ReportModule.Succeeded,
        InputTokens = reading.InputTokens, OutputTokens = reading.OutputTokens,
    };

    /// <summary>
    /// Q10 reads Q1–Q9's numbers and, where they have one, their readings' summaries; not the
    /// comments Q6 quotes, which its summary already condenses.
    /// </summary>
    private static JsonObject EvidenceOf(List<ReportModule> modules)
    {
        var evidence = new JsonObject();
        foreach (var module in modules)
        {
            var numbers = new JsonObject();
            foreach (var (name, value) in module.Numbers.Where(n => !n.Key.StartsWith("quoted", StringComparison.Ordinal)))
            {
                numbers[name] = value?.DeepClone();
            }
            evidence[module.Id] = new JsonObject { ["title"] = module.Title, ["numbers"] = numbers, ["summary"] = module.Reading?["summary"]?.DeepClone() };
        }
        return evidence;
    }
}
