using AdFlux.Gateway.Health;
using AdFlux.Gateway.OpenApi;
using AdFlux.Gateway.Routing;

namespace AdFlux.Gateway.Home;

public static class HomePage
{
    /// <summary>Where the page is always served; the web app links to it.</summary>
    public const string Path = "/docs";

    /// <summary>
    /// <see cref="Path"/>: links to the API reference, documents and health. Also <c>GET /</c>, instead of a
    /// bare 401, when no web app is configured (with one, <c>/</c> is the web app's).
    /// </summary>
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, () => TypedResults.Content(Html, "text/html; charset=utf-8"))
            .WithName("Docs")
            .AllowAnonymous()
            .ExcludeFromDescription();
        if (endpoints.ServiceProvider.GetRequiredService<GatewayServices>().WebApp is null)
        {
            endpoints.MapGet("/", () => TypedResults.Content(Html, "text/html; charset=utf-8"))
                .WithName("Home")
                .AllowAnonymous()
                .ExcludeFromDescription();
        }
        return endpoints;
    }

    private const string Html = $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>AdFlux</title>
          <style>body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; }</style>
        </head>
        <body>
          <h1>AdFlux</h1>
          <p>This is the AdFlux gateway: every API call goes through it, with an access token from
          <code>POST /api/identity/login</code> or an <code>X-Api-Key</code>.</p>
          <ul>
            <li><a href="{{ApiReference.Path}}">API reference</a>: every service's endpoints, try them from the browser</li>
            <li><a href="{{OpenApiIndexEndpoint.Path}}">OpenAPI documents</a>: the index, one document per service</li>
            <li><a href="{{GatewayHealthEndpoint.Path}}">Health</a>: whether every service is up</li>
          </ul>
          <p>The web app (client dashboard and admin console), when deployed, is at <a href="/">/</a>.</p>
        </body>
        </html>
        """;
}
