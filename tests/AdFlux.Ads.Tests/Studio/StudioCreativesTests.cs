using System.Net;
using AdFlux.Ads.Api.Studio;
using AdFlux.Ads.Creatives.Stock;

namespace AdFlux.Ads.Tests.Studio;

/// <summary>Stock images and AI copy attached to content requests: licence and attribution kept, copy kept with its cost and checked against the brand's tone.</summary>
[Collection(AdsCollection.Name)]
public sealed class StudioCreativesTests(AdsWorld world)
{
    private HttpClient Client => world.Client;

    private string Admin => world.AdminA;

    private async Task<Guid> ProfileWithBrandAsync(object? toneRules = null)
    {
        var profile = await world.NewClientProfileAsync();
        var brand = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["clientProfileId"] = profile,
            ["name"] = "Creatives brand",
            ["palette"] = BrandImages.Palette,
            ["logo"] = Convert.ToBase64String(BrandImages.Logo()),
            ["toneOfVoice"] = "Polite and calm.",
            ["bannedWords"] = new[] { "cheap" },
            ["toneRules"] = toneRules,
        };
        await Drafts.ExpectAsync<BrandResponse>(Client, HttpMethod.Post, "/api/ads/studio/brands", Admin, brand, HttpStatusCode.Created);
        return profile;
    }

    [Fact]
    public async Task A_chosen_freepik_image_is_downloaded_scored_and_stored_with_its_licence_and_attribution()
    {
        var profile = await ProfileWithBrandAsync();
        var request = await StudioCalls.CreateRequestAsync(Client, Admin, profile);
        var search = await Drafts.ExpectAsync<StockPage>(Client, HttpMethod.Get, "/api/ads/creatives/stock?term=beach&licence=freemium", Admin, null, HttpStatusCode.OK);
        var beach = Assert.Single(search.Resources, r => r.Title == "Sunset over a calm beach");

        var asset = await Drafts.ExpectAsync<AssetResponse>(Client, HttpMethod.Post, $"/api/ads/studio/requests/{request.Id}/stock-assets", Admin,
            new { freepikId = beach.Id, platform = "tiktok" }, HttpStatusCode.Created);
        var shown = Assert.Single((await StudioCalls.GetAsync(Client, Admin, request.Id)).Assets);
        using var content = await Client.SendAsync(Drafts.Request(HttpMethod.Get, asset.ContentUrl, Admin));
        var bytes = await content.Content.ReadAsByteArrayAsync();

        Assert.Equal("freepik", asset.Source);
        Assert.Equal((1200, 800), (asset.Width, asset.Height));
        Assert.Equal("sunset-over-a-calm-beach.jpg", asset.FileName);
        Assert.Equal(["colour", "logo", "typography", "layout"], asset.Parts.Select(p => p.Name));
        Assert.InRange(asset.Score, 0, 1);
        var stock = asset.Stock!;
        Assert.Equal(beach.Id, stock.SourceId);
        Assert.Equal("freemium", stock.LicenceType);
        Assert.Equal(beach.Licences[0].Url, stock.LicenceUrl);
        Assert.Equal("wavestudio", stock.AuthorName);
        Assert.Equal(beach.Author.Id, stock.AuthorId);
        Assert.True(stock.RequiresAttribution);
        Assert.Equal(beach.Attribution, stock.Attribution);
        Assert.Equal(stock, shown.Stock);
        Assert.Equal("image/jpeg", content.Content.Headers.ContentType!.MediaType);
        Assert.Equal(0xFF, bytes[0]);
    }

    [Fact]
    public async Task A_stock_choice_without_an_id_with_an_unknown_id_or_a_foreign_platform_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var profile = await ProfileWithBrandAsync();
        var request = await StudioCalls.CreateRequestAsync(Client, Admin, profile);
        var path = $"/api/ads/studio/requests/{request.Id}/stock-assets";

        var missing = await Drafts.SendAsync(Client, HttpMethod.Post, path, Admin, new { platform = "tiktok" });
        var unknown = await Drafts.SendAsync(Client, HttpMethod.Post, path, Admin, new { freepikId = 7_799_999 });
        var foreign = await Drafts.SendAsync(Client, HttpMethod.Post, path, Admin, new { freepikId = 7_700_001, platform = "google-display" });
        var badSearch = await Drafts.SendAsync(Client, HttpMethod.Get, "/api/ads/creatives/stock?term=beach&orientation=diagonal", Admin);

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.NotNull(missing.Body!["errors"]!["freepikId"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.Status);
        Assert.NotNull(unknown.Body!["errors"]!["freepikId"]);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.Status);
        Assert.NotNull(foreign.Body!["errors"]!["platform"]);
        Assert.Equal(HttpStatusCode.BadRequest, badSearch.Status);
        Assert.NotNull(badSearch.Body!["errors"]!["orientation"]);
        Assert.Empty((await StudioCalls.GetAsync(Client, Admin, request.Id)).Assets);
    }

    [Fact]
    public async Task Copy_for_a_request_is_checked_against_the_brands_tone_rules_and_kept_with_provider_tokens_and_cost()
    {
        var profile = await ProfileWithBrandAsync(new { formality = "formal", maxExclamations = 0, emojiAllowed = false });
        var request = await Drafts.ExpectAsync<RequestResponse>(Client, HttpMethod.Post, "/api/ads/studio/requests", Admin, new
        {
            clientProfileId = profile,
            title = "Nuevo single",
            brief = "Disco en vinilo para la gira [say:tú]",
            platforms = new[] { "tiktok", "instagram-feed" },
            formats = new[] { "1080x1920" },
        }, HttpStatusCode.Created);
        var path = $"/api/ads/studio/requests/{request.Id}/copy";

        var first = await Drafts.ExpectAsync<CopyResponse>(Client, HttpMethod.Post, path, Admin, new { language = "es" }, HttpStatusCode.Created);
        var second = await Drafts.ExpectAsync<CopyResponse>(Client, HttpMethod.Post, path, Admin, new { language = "es-ES" }, HttpStatusCode.Created);
        var badLanguage = await Drafts.SendAsync(Client, HttpMethod.Post, path, Admin, new { language = "klingon-xx" });
        var history = await Drafts.ExpectAsync<List<CopyResponse>>(Client, HttpMethod.Get, path, Admin, null, HttpStatusCode.OK);

        Assert.Equal(["tiktok", "meta"], first.Platforms.Select(p => p.Platform));
        Assert.True(first.Flagged);
        Assert.All(first.Platforms, copy =>
        {
            Assert.Equal(2, copy.Attempts);
            Assert.True(copy.Flagged);
            Assert.Contains(copy.Reasons, r => r.StartsWith("tone: headline uses 'Tú'", StringComparison.Ordinal));
        });
        Assert.Equal("sandbox", first.Provider.Name);
        Assert.True(first.Provider.IsSandbox);
        Assert.True(first.Usage.InputTokens > 0 && first.Usage.OutputTokens > 0);
        Assert.Equal(first.Platforms.Sum(p => p.InputTokens), first.Usage.InputTokens);
        Assert.Equal(0m, first.Usage.Cost);
        Assert.Equal("USD", first.Usage.Currency);
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.Status);
        Assert.NotNull(badLanguage.Body!["errors"]!["language"]);
        Assert.Equal([second.Id, first.Id], history.Select(c => c.Id));
        Assert.Equal(first.Usage, history[1].Usage);
        Assert.Equal(first.Platforms.Select(p => p.Reasons.Count), history[1].Platforms.Select(p => p.Reasons.Count));
    }

    [Fact]
    public async Task Tone_rules_out_of_range_are_refused_naming_the_field_and_no_brand_is_created()
    {
        var profile = await world.NewClientProfileAsync();
        var body = StudioCalls.Brand(profile);
        var json = System.Text.Json.JsonSerializer.SerializeToNode(body, Drafts.Json)!.AsObject();
        json["toneRules"] = new System.Text.Json.Nodes.JsonObject { ["formality"] = "shouty", ["maxSentenceWords"] = 1 };

        var refused = await Drafts.SendAsync(Client, HttpMethod.Post, "/api/ads/studio/brands", Admin, json);
        var brands = await Drafts.ExpectAsync<List<BrandResponse>>(Client, HttpMethod.Get, $"/api/ads/studio/brands?clientProfileId={profile}", Admin, null, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.Body!["errors"]!["toneRules.formality"]);
        Assert.NotNull(refused.Body!["errors"]!["toneRules.maxSentenceWords"]);
        Assert.Empty(brands);
    }

    [Fact]
    public async Task Copy_for_a_closed_request_is_a_conflict_and_nothing_is_kept()
    {
        var approved = world.Matrix.A.Resources["approvedRequest"];

        var refused = await Drafts.SendAsync(Client, HttpMethod.Post, $"/api/ads/studio/requests/{approved}/copy", Admin, new { language = "en" });
        var history = await Drafts.ExpectAsync<List<CopyResponse>>(Client, HttpMethod.Get, $"/api/ads/studio/requests/{approved}/copy", Admin, null, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("approved", refused.Body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(history);
    }
}
