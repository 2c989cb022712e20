using System.Text.Json.Nodes;
using AdFlux.Insights.Domain;

namespace AdFlux.Insights.Reports.Questions;

/// <summary>
/// Q3: when posting paid off — the new posts and the baseline together, by local hour and weekday
/// in the client profile's time zone, ranked by average engagement per post.
/// </summary>
public static class PostingTimes
{
    public static JsonObject Numbers(ReportInput input)
    {
        var posts = input.Posts.Concat(input.Baseline).ToList();
        DateTime Local(SocialPostRecord p) => TimeZoneInfo.ConvertTime(p.CreatedAt, input.TimeZone).DateTime;
        object Slot<TKey>(IGrouping<TKey, SocialPostRecord> g) => new
        {
            slot = g.Key,
            posts = g.Count(),
            averageEngagement = ReportJson.Round(g.Average(p => (double)PostSignals.Engagement(p))),
            averageEngagementRate = ReportJson.Round(g.Select(PostSignals.EngagementRate).Where(r => r is not null).DefaultIfEmpty().Average()),
        };
        return ReportJson.Of(new
        {
            timeZone = input.TimeZone.Id,
            postsRead = posts.Count,
            bestHours = posts.GroupBy(p => Local(p).Hour).OrderByDescending(g => g.Average(p => (double)PostSignals.Engagement(p))).ThenBy(g => g.Key).Take(3).Select(Slot).ToList(),
            byWeekday = posts.GroupBy(p => Local(p).DayOfWeek.ToString()).OrderByDescending(g => g.Average(p => (double)PostSignals.Engagement(p))).Select(Slot).ToList(),
        });
    }
}
