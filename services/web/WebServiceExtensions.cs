using AdFlux.ServiceDefaults;
using AdFlux.Web.Account;
using AdFlux.Web.Components;
using AdFlux.Web.Gateway;
using AdFlux.Web.Localization;
using AdFlux.Web.Sessions;
using AdFlux.Web.Studio;
using AdFlux.Web.Video;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Localization;
using MudBlazor.Services;

namespace AdFlux.Web;

public static class WebServiceExtensions
{
    /// <summary>
    /// Blazor (server interactivity) with MudBlazor; a cookie session whose tokens stay in this
    /// process (<see cref="SessionStore"/>); every API call goes to the gateway (<c>services:gateway</c>).
    /// </summary>
    public static IHostApplicationBuilder AddWebServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<IStringLocalizer<Texts>, TextLocalizer>();

        services.AddSingleton<SessionStore>();
        services.AddScoped<SignIn>();
        services.AddOptions<WebSessionOptions>().BindConfiguration(WebSessionOptions.Section);
        services.AddHttpClient<IdentitySessions>(http => http.BaseAddress = ResourceNames.ServiceAddress(ResourceNames.Gateway));
        services.AddHttpClient<GatewayClient>(http => http.BaseAddress = ResourceNames.ServiceAddress(ResourceNames.Gateway));

        // The APIs' bearer and API-key schemes stay registered; this app's users carry only the session cookie.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultForbidScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = SessionCookie.Name;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = AccountEndpoints.LoginPath;
                options.AccessDeniedPath = AccountEndpoints.DeniedPath;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.Events.OnValidatePrincipal = SessionCookie.ValidateAsync;
            });
        var signedIn = new AuthorizationPolicyBuilder(CookieAuthenticationDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build();
        // Pages say [Authorize]; static assets, the login form and health stay public.
        services.AddAuthorizationBuilder().SetDefaultPolicy(signedIn).SetFallbackPolicy(null);

        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
        return builder;
    }

    /// <summary>
    /// Before <c>MapDefaultEndpoints()</c>: the gateway's forwarded host and scheme (so redirects point at
    /// the gateway, not at this process), then the language (query, cookie, <c>Accept-Language</c>).
    /// </summary>
    public static WebApplication UseWebEdge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRequestLocalization(options => options
            .AddSupportedCultures(TextLocalizer.Cultures)
            .AddSupportedUICultures(TextLocalizer.Cultures)
            .SetDefaultCulture(TextLocalizer.Cultures[0]));
        return app;
    }

    /// <summary>After <c>MapDefaultEndpoints()</c>: the pages, their assets, and the account endpoints.</summary>
    public static WebApplication MapWebApp(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapAssetContentEndpoint();
        app.MapMediaEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
