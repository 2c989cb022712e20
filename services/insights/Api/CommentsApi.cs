using AdFlux.Insights.Comments;
using AdFlux.Insights.Domain;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Api;

/// <summary>
/// The comments inbox (seed 004): comments from Sheets and Meta per client profile, filterable by
/// their labels; admins correct a label, and the correction sticks.
/// </summary>
public static class CommentsApi
{
    public const int MaxLimit = 200;
    public const int MaxSearchLength = 200;

    public static IEndpointRouteBuilder MapCommentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/insights/comments").WithTags("Comments").RequireAuthorization();
        group.MapGet("", ListAsync)
            .WithName("ListInboxComments").WithSummary("Comments and mentions by client profile, platform, sentiment, emotion and question, newest first");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetInboxComment").WithSummary("One comment with its labels");
        group.MapPatch("/{id:guid}/labels", CorrectAsync).RequireAuthorization(Policies.Admin)
            .WithName("CorrectCommentLabels").WithSummary("Correct a comment's sentiment, emotions or question flag; later deliveries keep the correction");
        return app;
    }

    public static async Task<Results<Ok<CommentPage>, ValidationProblem>> ListAsync([AsParameters] CommentsQuery query, [AsParameters] InsightsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var (limit, offset) = ListChecks.Page(query.Limit, query.Offset, 50, MaxLimit, errors);
        var sentiment = ListChecks.OneOf(query.Sentiment, Sentiments.All, "sentiment", errors);
        var emotion = ListChecks.OneOf(query.Emotion, Sentiments.Emotions, "emotion", errors);
        if (query.From is { } from && query.To is { } to && from > to)
        {
            errors["from"] = ["from must not be after to."];
        }
        if (query.Search is { Length: > MaxSearchLength })
        {
            errors["search"] = [$"search must be at most {MaxSearchLength} characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rows = request.Db.Comments.AsNoTracking();
        if (query.ClientProfileId is { } clientProfileId)
        {
            rows = rows.Where(c => c.ClientProfileId == clientProfileId);
        }
        if (!string.IsNullOrWhiteSpace(query.Platform))
        {
            var platform = query.Platform.Trim().ToLowerInvariant();
            rows = rows.Where(c => c.Platform == platform);
        }
        if (emotion is not null)
        {
            rows = rows.Where(c => c.Emotions.Contains(emotion));
        }
        if (query.Question is { } question)
        {
            rows = rows.Where(c => c.IsQuestion == question);
        }
        if (query.From is { } after)
        {
            rows = rows.Where(c => c.CreatedAt >= after);
        }
        if (query.To is { } before)
        {
            rows = rows.Where(c => c.CreatedAt <= before);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(query.Search.Trim()) + "%";
            rows = rows.Where(c => EF.Functions.ILike(c.Text, pattern, "\\"));
        }
        // The counts answer "how do the filtered comments divide", so they ignore the sentiment filter itself.
        var bySentiment = await rows.GroupBy(c => c.Sentiment)
            .Select(g => new { Sentiment = g.Key, Count = g.Count(), Questions = g.Count(c => c.IsQuestion) })
            .ToListAsync(request.CancellationToken);
        if (sentiment is not null)
        {
            rows = rows.Where(c => c.Sentiment == sentiment);
        }
        var total = bySentiment.Where(s => sentiment is null || s.Sentiment == sentiment).Sum(s => s.Count);
        var page = await rows.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).Skip(offset).Take(limit).ToListAsync(request.CancellationToken);
        int CountOf(string label) => bySentiment.Where(s => s.Sentiment == label).Sum(s => s.Count);
        var counts = new CommentCounts(CountOf(Sentiments.Positive), CountOf(Sentiments.Neutral), CountOf(Sentiments.Negative),
            bySentiment.Where(s => sentiment is null || s.Sentiment == sentiment).Sum(s => s.Questions));
        return TypedResults.Ok(new CommentPage([.. page.Select(CommentResponse.From)], total, offset, limit, counts));
    }

    public static async Task<Results<Ok<CommentResponse>, NotFound>> GetAsync(Guid id, [AsParameters] InsightsRequest request) =>
        await request.Db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, request.CancellationToken) is { } comment
            ? TypedResults.Ok(CommentResponse.From(comment))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<CommentResponse>, NotFound, ValidationProblem>> CorrectAsync(
        Guid id, CorrectLabelsRequest body, [AsParameters] InsightsRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var sentiment = body.Sentiment?.Trim().ToLowerInvariant();
        if (body.Sentiment is not null && !Sentiments.All.Contains(sentiment!))
        {
            errors["sentiment"] = [$"sentiment must be one of {string.Join(", ", Sentiments.All)}."];
        }
        var emotions = body.Emotions?.Select(e => e?.Trim().ToLowerInvariant() ?? "").Distinct().Order(StringComparer.Ordinal).ToList();
        if (emotions?.FirstOrDefault(e => !Sentiments.Emotions.Contains(e)) is { } unknown)
        {
            errors["emotions"] = [$"'{unknown}' is not an emotion; use {string.Join(", ", Sentiments.Emotions)}."];
        }
        if (body.Sentiment is null && body.Emotions is null && body.IsQuestion is null)
        {
            errors["sentiment"] = ["Give at least one of sentiment, emotions or isQuestion."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await request.Db.Comments.SingleOrDefaultAsync(c => c.Id == id, request.CancellationToken) is not { } comment)
        {
            return TypedResults.NotFound();
        }
        comment.Sentiment = sentiment ?? comment.Sentiment;
        comment.Emotions = emotions ?? comment.Emotions;
        comment.IsQuestion = body.IsQuestion ?? comment.IsQuestion;
        comment.LabelledBy = InboxComment.ByPerson;
        comment.CorrectedBy = request.User.FindFirst(AdFluxClaims.Subject)?.Value ?? request.User.FindFirst(AdFluxClaims.ApiKeyId)?.Value;
        comment.CorrectedAt = request.Clock.GetUtcNow();
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(CommentResponse.From(comment));
    }

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
