using AdFlux.Contracts.Ingest;
using AdFlux.Insights.Comments;
using AdFlux.Insights.Data;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.Insights.Consumers;

/// <summary>A Sheets pull's posts and comments join the client profile's posts and comments inbox.</summary>
public sealed class SocialPostsIngestedConsumer(InsightsDbContext db, TimeProvider clock, InboxWriter writer)
    : IdempotentConsumer<SocialPostsIngested, InsightsDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<SocialPostsIngested> context)
    {
        var message = context.Message;
        var now = Clock.GetUtcNow();
        await writer.WritePostsAsync(message.TenantId, message.ClientProfileId, message.Posts, now, context.CancellationToken);
        await writer.WriteSheetsCommentsAsync(message.TenantId, message.ClientProfileId, message.Comments, message.Posts, now, context.CancellationToken);
    }
}
