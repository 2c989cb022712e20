using System.Text.Json.Nodes;

namespace AdFlux.Insights.Reports.Questions;

/// <summary>Q4: how each platform and format (reel, short, video, post…) of the new posts performed.</summary>
public static class FormatPerformance
{
    public static JsonObject Numbers(ReportInput input) => ReportJson.Of(new
    {
        formats = input.Posts.GroupBy(p => (p.Platform, Format: PostSignals.Format(p)))
            .Select(g => new
            {
                platform = g.Key.Platform,
                format = g.Key.Format,
                posts = g.Count(),
                averageLikes = ReportJson.Round(g.Average(p => (double)p.Likes)),
                averageEngagement = ReportJson.Round(g.Average(p => (double)PostSignals.Engagement(p))),
                averageEngagementRate = ReportJson.Round(g.Select(PostSignals.EngagementRate).Where(r => r is not null).DefaultIfEmpty().Average()),
            })
            .OrderByDescending(f => f.averageEngagement).ToList(),
    });
}
