using System.Net.Http.Json;
using AdFlux.Web.Insights;
using AdFlux.Web.Tests.Support;
using Microsoft.Playwright;

namespace AdFlux.Web.Tests;

/// <summary>
/// The comments inbox, the daily Q1–Q10 report history and the admin's report schedules, over
/// insights' APIs through the gateway, with the comments and reports insights made from the seed.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class InsightsViewsTests(WebSystem system)
{
    [Fact]
    public async Task A_viewer_sees_its_profiles_comments_inbox_with_counts_and_no_write_control()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword, "/comments");
        var list = page.Locator("[data-testid=comments]");
        await list.GetByText(InsightsSeed.Comments[2]).WaitForAsync();
        Assert.Equal("Comments inbox", (await page.Locator("h1").TextContentAsync())?.Trim());
        var counts = page.Locator("[data-testid=comment-counts]");
        Assert.Equal(InsightsSeed.Comments.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), await counts.GetAttributeAsync("data-total"));
        Assert.Equal(InsightsSeed.Comments.Length, await list.Locator("li.comment").CountAsync());
        Assert.DoesNotContain(InsightsSeed.OtherComment, await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        var negative = await counts.Locator("[data-count=negative] dd").InnerTextAsync();
        Assert.NotEqual("0", negative);

        // A filter narrows the list and the total; the counts still say how everything divides.
        await page.SelectOptionAsync("#comments-sentiment", "negative");
        await page.Locator($"[data-testid=comment-counts][data-total='{negative}']").WaitForAsync();
        Assert.All(await list.Locator("li.comment").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.sentiment)"), s => Assert.Equal("negative", s));
        await page.SelectOptionAsync("#comments-sentiment", "");
        await page.FillAsync("#comments-search", "Madrid");
        await page.Locator("#comments-search").PressAsync("Enter");
        await page.Locator("[data-testid=comment-counts][data-total='1']").WaitForAsync();
        // The time range: nothing was written after today.
        await page.FillAsync("#comments-from", DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("[data-testid=comment-counts][data-total='0']").WaitForAsync();
        await page.Locator("[data-testid=no-comments]").WaitForAsync();
        await page.FillAsync("#comments-from", "");
        await page.Locator("[data-testid=comment-counts][data-total='1']").WaitForAsync();

        await NoWriteControlAsync(page);
        await Browsing.ScreenshotAsync(page, "comments-inbox-viewer");
        await Browsing.AssertAccessibleAsync(page);

        // A comment's detail: its labels, and for a viewer no correction form.
        await list.Locator("a.comment-text").First.ClickAsync();
        await page.Locator("[data-testid=comment-detail]").WaitForAsync();
        Assert.Contains("Madrid", await page.Locator("[data-testid=comment-text]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=correct-labels]").CountAsync());
        await NoWriteControlAsync(page);
        await Browsing.AssertAccessibleAsync(page);

        // The other profile's comment, asked for by its id, is not found for this viewer.
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var other = await OtherCommentAsync(admin);
        await page.GotoAsync($"/comments/{other.Id}");
        await Browsing.WaitForCircuitAsync(page);
        await page.Locator("[data-testid=problem]").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=comment-detail]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_its_profiles_report_history_with_failed_modules_and_cited_recommendations_and_no_run_button()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword, "/reports");
        var reports = page.Locator("[data-testid=reports]");
        await reports.Locator($"[data-report='{system.ReportId}']").WaitForAsync();
        Assert.Equal(0, await reports.Locator($"[data-report='{system.OtherReportId}']").CountAsync());
        Assert.Matches("^Last report: \\d+ hours ago$", (await page.Locator("[data-testid=last-report]").InnerTextAsync()).Trim());
        Assert.Equal("0", await page.Locator("[data-testid=last-report]").GetAttributeAsync("data-hours"));

        await reports.Locator($"[data-report='{system.ReportId}'] a").ClickAsync();
        var report = page.Locator($"[data-testid=report][data-report='{system.ReportId}']");
        await report.WaitForAsync();
        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10"],
            await report.Locator("[data-module]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.module)"));
        // The questions module got invalid JSON twice: shown as failed with the reason; the others have their findings.
        var q6 = report.Locator("[data-module=Q6]");
        Assert.Equal("failed", await q6.GetAttributeAsync("data-status"));
        Assert.Contains("not JSON", await q6.Locator("[data-testid=module-error]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(await report.Locator("[data-module=Q1] [data-testid=module-summary]").InnerTextAsync()));
        var recommendations = report.Locator("[data-module=Q10] [data-testid=recommendations] li");
        Assert.True(await recommendations.CountAsync() >= 1);
        foreach (var cited in await recommendations.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.evidence)"))
        {
            Assert.Matches("^Q[1-9](,Q[1-9])*$", cited);
        }
        Assert.True(await report.Locator("[data-module=Q10] .evidence a[href*='#module-Q']").CountAsync() >= 1);

        await NoWriteControlAsync(page);
        var text = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("Run", text, StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "report-history-viewer");
        await Browsing.AssertAccessibleAsync(page);

        // The other profile's report by its address: not found for this viewer.
        await page.GotoAsync($"/reports/{system.OtherReportId}");
        await Browsing.WaitForCircuitAsync(page);
        await page.Locator("[data-testid=problem]").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=report]").CountAsync());

        // Schedules and run-on-demand are the admin console's: a viewer is turned away.
        await page.GotoAsync("/admin/report-schedules");
        Assert.Contains("/denied", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_inbox_and_a_report_fit_the_screen()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword, "/comments", width: 390, height: 844);
        await page.Locator("[data-testid=comments] li.comment").First.WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the inbox scrolls sideways on a phone");
        await Browsing.ScreenshotAsync(page, "comments-inbox-phone");
        await page.GotoAsync($"/reports/{system.ReportId}");
        await page.Locator("[data-testid=report] [data-module=Q10]").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the report scrolls sideways on a phone");
        await Browsing.ScreenshotAsync(page, "report-phone");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_comment_is_opened_with_the_keyboard_alone()
    {
        var page = await system.SignedInPageAsync(WebSystem.ViewerEmail, WebSystem.ViewerPassword, "/comments");
        await page.Locator("[data-testid=comments] li.comment").First.WaitForAsync();

        // Tab from the top of the page, past the filters, to the first comment and press Enter.
        await page.Locator("body").FocusAsync();
        for (var i = 0; i < 40 && !await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('comment-text') === true"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('comment-text') === true"), "no comment reached with Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-testid=comment-detail]").WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_corrects_a_comments_labels_and_the_correction_persists()
    {
        using var admin = await system.ApiClientAsync(WebSystem.AdminEmail, WebSystem.AdminPassword);
        var comment = await OtherCommentAsync(admin);
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, $"/comments/{comment.Id}");
        var form = page.Locator("[data-testid=correct-labels]");
        await form.WaitForAsync();
        var sentiment = comment.Sentiment == "negative" ? "positive" : "negative";

        await page.SelectOptionAsync("#label-sentiment", sentiment);
        await form.Locator("input[data-emotion=anger]").SetCheckedAsync(true);
        await page.Locator("#label-question").SetCheckedAsync(true);
        await form.GetByRole(AriaRole.Button, new() { Name = "Save labels" }).ClickAsync();
        await page.Locator("[data-testid=labels-saved]").WaitForAsync();
        await Browsing.ScreenshotAsync(page, "comment-corrected-admin");
        await Browsing.AssertAccessibleAsync(page);

        // Persisted: a fresh load shows the person's labels, and so does insights' API.
        await page.ReloadAsync();
        await Browsing.WaitForCircuitAsync(page);
        var detail = page.Locator("[data-testid=comment-detail]");
        await detail.WaitForAsync();
        Assert.Equal(sentiment, await detail.GetAttributeAsync("data-sentiment"));
        Assert.Equal("person", await detail.GetAttributeAsync("data-labelled-by"));
        Assert.Equal("true", await detail.GetAttributeAsync("data-question"));
        Assert.Contains("anger", (await detail.GetAttributeAsync("data-emotions"))!.Split(','));
        var stored = (await admin.GetFromJsonAsync<InboxComment>($"/api/insights/comments/{comment.Id}"))!;
        Assert.Equal((sentiment, "person", true), (stored.Sentiment, stored.LabelledBy, stored.IsQuestion));
        Assert.Contains("anger", stored.Emotions);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_saves_a_schedule_a_bad_time_zone_shows_the_field_error_and_run_now_is_accepted()
    {
        var page = await system.SignedInPageAsync(WebSystem.AdminEmail, WebSystem.AdminPassword, "/admin/report-schedules");
        var schedules = page.Locator("[data-testid=schedules]");
        await schedules.Locator($"[data-schedule='{system.OtherProfileId}']").WaitForAsync();
        await page.SelectOptionAsync("#schedule-profile", system.OtherProfileId.ToString());

        await page.FillAsync("#schedule-time-zone", "Mars/Olympus");
        await page.Locator("form.schedule-form button[type=submit]").ClickAsync();
        var error = page.Locator("#schedule-time-zone-error");
        await error.WaitForAsync();
        Assert.Contains("IANA time zone", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#schedule-time-zone", "aria-invalid"));
        var problem = await page.Locator("[data-testid=problem]").InnerTextAsync();
        Assert.Contains("One or more validation errors occurred.", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("400", problem, StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "admin-schedule-error");
        await Browsing.AssertAccessibleAsync(page);

        await page.FillAsync("#schedule-time-zone", "America/Mexico_City");
        await page.FillAsync("#schedule-local-time", "09:15");
        await page.Locator("form.schedule-form button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=schedule-saved]").WaitForAsync();
        Assert.Equal(0, await error.CountAsync());
        var row = schedules.Locator($"[data-schedule='{system.OtherProfileId}']");
        await row.Locator("[data-testid=time-zone]", new() { HasText = "America/Mexico_City" }).WaitForAsync();
        Assert.Equal("09:15", (await row.Locator("[data-testid=local-time]").InnerTextAsync()).Trim());

        await row.GetByRole(AriaRole.Button, new() { Name = $"Run now: the report of {WebSystem.OtherProfileName}" }).ClickAsync();
        await page.Locator("[data-testid=run-accepted]").WaitForAsync();
        await Browsing.ScreenshotAsync(page, "admin-schedules");

        // Persisted: a fresh load lists the saved schedule.
        await page.ReloadAsync();
        await Browsing.WaitForCircuitAsync(page);
        await schedules.Locator($"[data-schedule='{system.OtherProfileId}'] [data-testid=time-zone]", new() { HasText = "America/Mexico_City" }).WaitForAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_inbox_and_the_report_history_speak_spanish()
    {
        var page = await system.NewPageAsync(locale: "es-ES");
        await Browsing.SignInAsync(page, WebSystem.ViewerEmail, WebSystem.ViewerPassword, "/comments");
        await page.Locator("[data-testid=comments] li.comment").First.WaitForAsync();
        Assert.Equal("Bandeja de comentarios", (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Equal("Sentimiento", (await page.Locator("label[for=comments-sentiment]").TextContentAsync())?.Trim());
        Assert.Contains("Negativo", await page.Locator("[data-testid=comment-counts]").InnerTextAsync(), StringComparison.Ordinal);
        await Browsing.ScreenshotAsync(page, "comments-inbox-spanish");

        await page.GetByRole(AriaRole.Link, new() { Name = "Historial de informes" }).ClickAsync();
        await page.Locator("[data-testid=last-report]").WaitForAsync();
        Assert.StartsWith("Último informe: hace", (await page.Locator("[data-testid=last-report]").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await Browsing.AssertAccessibleAsync(page);
        await page.Context.CloseAsync();
    }

    private static async Task<InboxComment> OtherCommentAsync(HttpClient admin)
    {
        var found = await admin.GetFromJsonAsync<CommentPage>($"/api/insights/comments?search={Uri.EscapeDataString(InsightsSeed.OtherComment)}");
        return Assert.Single(found!.Items);
    }

    /// <summary>Nothing that writes: no buttons but the menu, logout and (when the list is long) paging; no correction form.</summary>
    private static async Task NoWriteControlAsync(IPage page)
    {
        var buttons = await page.Locator("button").EvaluateAllAsync<string[]>("els => els.map(e => (e.getAttribute('aria-label') || e.textContent).trim())");
        Assert.All(buttons, label => Assert.Contains(label, new[] { "Menu", "Log out", "Previous", "Next" }));
        Assert.Equal(0, await page.Locator("[data-testid=correct-labels], textarea, input[type=file]").CountAsync());
    }
}
