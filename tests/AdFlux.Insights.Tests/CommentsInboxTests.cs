using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdFlux.Insights.Domain;
using AdFlux.Testing.Auth;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Insights.Tests;

/// <summary>Sheets pulls and Meta webhooks over the real broker into the comments inbox, its filters and label corrections.</summary>
[Collection(InsightsCollection.Name)]
public sealed class CommentsInboxTests(InsightsWorld world)
{
    private const string PostUrl = "https://instagram.com/p/abc";

    [Fact]
    public async Task A_pull_fills_the_inbox_once_with_labels_and_a_repeated_pull_adds_nothing()
    {
        var (tenant, profile, admin) = NewTenant();
        var comments = new[]
        {
            Social.Comment(PostUrl, "Qué temazo, me encanta 🔥", "ana", 1),
            Social.Comment(PostUrl, "When is the tour coming to Madrid?", "ben", 2),
            Social.Comment(PostUrl, "Boring, the worst single so far", "cris", 3),
        };
        var first = Social.Posts(tenant, profile, [Social.Post(PostUrl, likes: 100)], comments);
        var again = Social.Posts(tenant, profile, [Social.Post(PostUrl, likes: 150)], [comments[0], Social.Comment(PostUrl, "nice", "dani", 4)]);
        await world.PublishAsync(first);
        await world.HandledAsync(first);
        await world.PublishAsync(again);
        await world.HandledAsync(again);

        await using (var db = world.Db(tenant))
        {
            Assert.Equal(4, await db.Comments.CountAsync());
            var post = await db.Posts.SingleAsync();
            Assert.Equal(150, post.Likes);
        }
        var page = await Page(admin, "");
        Assert.Equal(4, page.Total);
        Assert.Equal(new(2, 1, 1, 1), page.Counts);
        Assert.Equal(["nice", "Boring, the worst single so far", "When is the tour coming to Madrid?", "Qué temazo, me encanta 🔥"], page.Items.Select(c => c.Text));
        var spanish = page.Items[^1];
        Assert.Equal(("positive", "es", "instagram", "lexicon"), (spanish.Sentiment, spanish.Language, spanish.Platform, spanish.LabelledBy));
        Assert.Contains("love", spanish.Emotions);

        Assert.Equal(["Boring, the worst single so far"], (await Page(admin, "?sentiment=negative")).Items.Select(c => c.Text));
        Assert.Equal(["When is the tour coming to Madrid?"], (await Page(admin, "?question=true")).Items.Select(c => c.Text));
        Assert.Equal(["Qué temazo, me encanta 🔥"], (await Page(admin, "?emotion=love&platform=Instagram")).Items.Select(c => c.Text));
        Assert.Equal(["When is the tour coming to Madrid?"], (await Page(admin, "?search=madrid")).Items.Select(c => c.Text));
        var second = await Page(admin, "?limit=2&offset=2");
        Assert.Equal((4, 2), (second.Total, second.Items.Count));
    }

    [Fact]
    public async Task A_persons_correction_sticks_when_meta_sends_the_comment_edited()
    {
        var (tenant, profile, admin) = NewTenant();
        var original = Social.Interaction(tenant, profile, "17890001", "this is fine");
        var like = Social.Interaction(tenant, profile, "17890002", "", kind: "like");
        await world.PublishAsync(original);
        await world.PublishAsync(like);
        await world.HandledAsync(original);
        await world.HandledAsync(like);
        var comment = Assert.Single((await Page(admin, "")).Items);
        Assert.Equal(("neutral", "meta", "lexicon"), (comment.Sentiment, comment.Source, comment.LabelledBy));

        using var client = world.Client(admin);
        using var corrected = await client.PatchAsJsonAsync($"/api/insights/comments/{comment.Id}/labels", new { sentiment = "Negative", emotions = new[] { "anger" } });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        var edited = Social.Interaction(tenant, profile, "17890001", "this is fine, amazing even");
        await world.PublishAsync(edited);
        await world.HandledAsync(edited);
        var after = Assert.Single((await Page(admin, "")).Items);
        Assert.Equal(("this is fine, amazing even", "negative", "person"), (after.Text, after.Sentiment, after.LabelledBy));
        Assert.Equal(["anger"], after.Emotions);
        Assert.NotNull(after.CorrectedBy);
    }

    [Theory]
    [InlineData("?sentiment=happy", "sentiment")]
    [InlineData("?emotion=boredom", "emotion")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?offset=-1", "offset")]
    [InlineData("?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "from")]
    public async Task Bad_filters_answer_400_naming_the_field(string query, string field)
    {
        var (_, _, admin) = NewTenant();
        using var client = world.Client(admin);
        using var response = await client.GetAsync("/api/insights/comments" + query);
        await AssertNamesFieldAsync(response, field);
    }

    [Theory]
    [InlineData("""{"sentiment":"ecstatic"}""", "sentiment")]
    [InlineData("""{"emotions":["joy","boredom"]}""", "emotions")]
    [InlineData("""{}""", "sentiment")]
    public async Task A_bad_correction_answers_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        var (tenant, profile, admin) = NewTenant();
        var interaction = Social.Interaction(tenant, profile, "17890003", "love it");
        await world.PublishAsync(interaction);
        await world.HandledAsync(interaction);
        var comment = Assert.Single((await Page(admin, "")).Items);

        using var client = world.Client(admin);
        using var response = await client.PatchAsync($"/api/insights/comments/{comment.Id}/labels", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await AssertNamesFieldAsync(response, field);
        await using var db = world.Db(tenant);
        var stored = await db.Comments.SingleAsync();
        Assert.Equal((InboxComment.ByLexicon, "positive"), (stored.LabelledBy, stored.Sentiment));
    }

    private static async Task AssertNamesFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([field], JsonNode.Parse(body)!["errors"]!.AsObject().Select(p => p.Key));
    }

    private static (Guid Tenant, Guid Profile, string AdminToken) NewTenant()
    {
        var tenant = Guid.NewGuid();
        return (tenant, Guid.NewGuid(), TestTokens.Admin(tenant));
    }

    private async Task<Api.CommentPage> Page(string token, string query)
    {
        using var client = world.Client(token);
        using var response = await client.GetAsync("/api/insights/comments" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return (await response.Content.ReadFromJsonAsync<Api.CommentPage>())!;
    }
}
