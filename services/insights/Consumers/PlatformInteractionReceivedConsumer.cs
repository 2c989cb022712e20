using AdFlux.Contracts.Ingest;
using AdFlux.Insights.Comments;
using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>Meta comments and mentions with text join the inbox; likes, reactions and shares carry no words to read.</summary>
public sealed class PlatformInteractionReceivedConsumer(InsightsDbContext db, TimeProvider clock, InboxWriter writer)
    : IdempotentConsumer<PlatformInteractionReceived, InsightsDbContext>(db, clock)
{
    private static readonly HashSet<string> Worded = ["comment", "mention"];

    protected override async Task HandleAsync(ConsumeContext<PlatformInteractionReceived> context)
    {
        var message = context.Message;
        if (Worded.Contains(message.Kind.ToLowerInvariant()) && !string.IsNullOrWhiteSpace(message.Text))
        {
            await writer.WriteInteractionAsync(message, Clock.GetUtcNow(), context.CancellationToken);
        }
    }
}
