using AdFlux.Ads.Creatives.Stock;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace AdFlux.Ads.Tests.Creatives;

public sealed class FreepikClientContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private FreepikClient Client(string? key = "FPSX0123456789abcdef") =>
        new(fixture.NewHttpClient(), Options.Create(new FreepikOptions { BaseUrl = fixture.Root.ToString(), ApiKey = key }));

    [Fact]
    public async Task A_search_returns_resources_with_licence_author_and_attribution()
    {
        var page = await Client().SearchAsync(new StockSearch("beach"), CancellationToken.None);

        var beach = Assert.Single(page.Resources, r => r.Title == "Sunset over a calm beach");
        Assert.Equal(7_700_001, beach.Id);
        Assert.Equal("freemium", Assert.Single(beach.Licences).Type);
        Assert.EndsWith("/7700001?lang=en", beach.Licences[0].Url, StringComparison.Ordinal);
        Assert.Equal("wavestudio", beach.Author.Name);
        Assert.True(beach.RequiresAttribution);
        Assert.StartsWith("Image by wavestudio on Freepik (https://www.freepik.com/free-photo/", beach.Attribution, StringComparison.Ordinal);
        Assert.Equal("1200x800", beach.PreviewSize);
        Assert.Equal("landscape", beach.Orientation);
    }

    [Fact]
    public async Task Pages_follow_limit_and_the_same_search_gives_the_same_ids()
    {
        var client = Client();
        var first = await client.SearchAsync(new StockSearch("music", Page: 1, Limit: 2), CancellationToken.None);
        var second = await client.SearchAsync(new StockSearch("music", Page: 2, Limit: 2), CancellationToken.None);
        var again = await client.SearchAsync(new StockSearch("music", Page: 1, Limit: 2), CancellationToken.None);

        Assert.Equal(4, first.Total);
        Assert.Equal(2, first.LastPage);
        Assert.Equal(2, first.PerPage);
        Assert.Equal(2, second.Page);
        Assert.Equal(2, first.Resources.Count);
        Assert.Empty(first.Resources.Select(r => r.Id).Intersect(second.Resources.Select(r => r.Id)));
        Assert.Equal(first.Resources.Select(r => r.Id), again.Resources.Select(r => r.Id));
    }

    [Fact]
    public async Task Filters_are_sent_in_freepiks_bracket_form_and_narrow_the_search()
    {
        var page = await Client().SearchAsync(new StockSearch("music", Orientations: ["portrait"], Licences: ["freemium"]), CancellationToken.None);

        var hit = Assert.Single(page.Resources);
        Assert.Equal("Podcast microphone studio", hit.Title);
        Assert.Equal("portrait", hit.Orientation);
    }

    [Fact]
    public async Task A_premium_resource_needs_no_attribution()
    {
        var page = await Client().SearchAsync(new StockSearch("coffee"), CancellationToken.None);

        Assert.False(Assert.Single(page.Resources).RequiresAttribution);
    }

    [Fact]
    public async Task A_download_gives_a_url_whose_bytes_are_a_real_image()
    {
        var client = Client();
        var download = await client.GetDownloadAsync(7_700_002, CancellationToken.None);
        var bytes = await client.DownloadAsync(download, CancellationToken.None);

        Assert.Equal("blue-abstract-circles.jpg", download.Filename);
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.Equal((1000, 1000), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task A_bad_key_is_refused_with_401_and_freepiks_message()
    {
        var refused = await Assert.ThrowsAsync<FreepikException>(() => Client("not-a-key").SearchAsync(new StockSearch("beach"), CancellationToken.None));

        Assert.Equal(401, refused.Status);
        Assert.Equal("Invalid API key", refused.FreepikMessage);
    }

    [Fact]
    public async Task Past_the_rate_limit_the_client_reports_429_and_the_wait()
    {
        var limited = await Assert.ThrowsAsync<FreepikException>(() => Client().SearchAsync(new StockSearch("beach [throttle]"), CancellationToken.None));

        Assert.True(limited.RateLimited);
        Assert.Equal(TimeSpan.FromSeconds(60), limited.RetryAfter);
    }

    [Fact]
    public async Task An_unknown_resource_is_404()
    {
        var missing = await Assert.ThrowsAsync<FreepikException>(() => Client().GetDownloadAsync(1, CancellationToken.None));

        Assert.Equal(404, missing.Status);
    }
}
