using System.Net;
using System.Net.Http.Json;
using AdFlux.Web.Sessions;
using AdFlux.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdFlux.Web.Tests;

/// <summary>The backend-for-frontend session: the form signs in through identity, tokens stay on the server, logout revokes.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInTests(WebSystem system)
{
    [Fact]
    public async Task The_gateway_root_sends_a_stranger_to_the_sign_in_form()
    {
        var page = await system.NewPageAsync();
        await page.GotoAsync("/");

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.StartsWith(system.GatewayUrl.ToString().TrimEnd('/'), page.Url, StringComparison.Ordinal);
        await page.Locator("#email").WaitForAsync();
        await Browsing.ScreenshotAsync(page, "login");
        await Browsing.AssertAccessibleAsync(page);

        // The gateway's own page (API reference, health) stays reachable for people and the web app links it.
        await page.GotoAsync("/docs");
        Assert.Equal(1, await page.Locator("a[href='/scalar']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_identitys_problem_title_on_the_form()
    {
        var page = await system.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#email", WebSystem.ViewerEmail);
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("form.login-form button[type=submit]");

        var problem = page.Locator("[data-testid=problem]");
        await problem.WaitForAsync();
        Assert.Contains("Login failed", await problem.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Tokens_stay_on_the_server_and_logout_revokes_the_refresh_token()
    {
        var page = await system.NewPageAsync();
        await Browsing.SignInAsync(page, WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        await Browsing.WaitForFiguresAsync(page);
        var session = SessionOf(await page.Context.CookiesAsync());
        var tokens = session.Tokens;

        var cookies = await page.Context.CookiesAsync();
        Assert.DoesNotContain(cookies, cookie => cookie.Value.Contains(tokens.AccessToken, StringComparison.Ordinal) || cookie.Value.Contains(tokens.RefreshToken, StringComparison.Ordinal));
        Assert.All(cookies.Where(cookie => cookie.Name == SessionCookie.Name), cookie => Assert.True(cookie.HttpOnly));
        var storage = await page.EvaluateAsync<string>("() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage)");
        Assert.DoesNotContain(tokens.AccessToken, storage, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens.RefreshToken, await page.ContentAsync(), StringComparison.Ordinal);

        await page.ClickAsync("form.logout-form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));

        using var anonymous = new HttpClient { BaseAddress = system.GatewayUrl };
        using var refresh = await anonymous.PostAsJsonAsync("/api/identity/refresh", new { refreshToken = tokens.RefreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_expiring_access_token_is_refreshed_on_the_server_and_the_page_keeps_working()
    {
        var page = await system.NewPageAsync();
        await Browsing.SignInAsync(page, WebSystem.ViewerEmail, WebSystem.ViewerPassword);
        await Browsing.WaitForFiguresAsync(page);
        var session = SessionOf(await page.Context.CookiesAsync());
        var before = session.Tokens;
        session.Replace(before with { ExpiresAt = DateTimeOffset.UtcNow });

        await page.ClickAsync("[data-range=Last7Days]");
        await page.Locator("figure.chart[data-points='6']").First.WaitForAsync();

        Assert.NotEqual(before.RefreshToken, session.Tokens.RefreshToken);
        Assert.True(session.Tokens.ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(5));
        await page.Context.CloseAsync();
    }

    /// <summary>The server-side session the browser's cookie names, read as the web app reads it.</summary>
    private TokenSession SessionOf(IReadOnlyList<Microsoft.Playwright.BrowserContextCookiesResult> cookies)
    {
        var cookie = Assert.Single(cookies, cookie => cookie.Name == SessionCookie.Name);
        var options = system.Web.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = options.TicketDataFormat.Unprotect(cookie.Value) ?? throw new Xunit.Sdk.XunitException("the session cookie does not decrypt");
        var session = system.Web.Services.GetRequiredService<SessionStore>().Find(ticket.Principal.FindFirst(SessionCookie.SessionClaim)?.Value);
        return session ?? throw new Xunit.Sdk.XunitException("the cookie names no live session");
    }
}
