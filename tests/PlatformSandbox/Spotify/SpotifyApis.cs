using System.Text;

namespace AdFlux.PlatformSandbox.Spotify;

/// <summary>
/// Spotify accounts service (client-credentials flow, https://developer.spotify.com/documentation/web-api/tutorials/client-credentials-flow)
/// and Web API <c>GET /v1/artists/{id}</c> and <c>/v1/artists/{id}/top-tracks</c>. A client id containing
/// <c>[revoked]</c> is refused (<c>invalid_client</c>); artist ids with <c>[down]</c> or <c>[throttle]</c> fail (<see cref="Failures"/>).
/// </summary>
public static class SpotifyApis
{
    public const string TokenPrefix = "BQ-sandbox-";

    public static IEndpointRouteBuilder MapSpotifyApis(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/token", TokenAsync).DisableAntiforgery();
        app.MapGet("/v1/artists/{id}", Artist);
        app.MapGet("/v1/artists/{id}/top-tracks", TopTracks);
        return app;
    }

    public static async Task<IResult> TokenAsync(HttpRequest request)
    {
        var clientId = ClientIdOf(request.Headers.Authorization.ToString());
        if (clientId is null || clientId.Contains("[revoked]", StringComparison.Ordinal))
        {
            return TypedResults.Json(new { error = "invalid_client", error_description = "Invalid client" }, statusCode: StatusCodes.Status400BadRequest);
        }
        var form = request.HasFormContentType ? await request.ReadFormAsync() : null;
        if (form?["grant_type"].ToString() != "client_credentials")
        {
            return TypedResults.Json(new { error = "unsupported_grant_type", error_description = "grant_type parameter is missing" }, statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Json(new { access_token = Stable.Token(TokenPrefix, clientId + DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3000), token_type = "Bearer", expires_in = 3600 });
    }

    public static IResult Artist(string id, HttpRequest request, HttpResponse response) =>
        !Bearer.Has(request, TokenPrefix) ? Unauthorized() : Failing(id, response) ?? TypedResults.Json(ArtistOf(id));

    public static IResult TopTracks(string id, string? market, HttpRequest request, HttpResponse response)
    {
        if (!Bearer.Has(request, TokenPrefix))
        {
            return Unauthorized();
        }
        if (Failing(id, response) is { } failure)
        {
            return failure;
        }
        var tracks = Enumerable.Range(1, 5).Select(i =>
        {
            var track = $"{id[..Math.Min(id.Length, 16)]}trk{i}";
            return new
            {
                id = track,
                name = $"Track {i}",
                popularity = Stable.Number($"{track}:popularity", 10, 95),
                duration_ms = Stable.Number($"{track}:duration", 120_000, 300_000),
                type = "track",
                uri = $"spotify:track:{track}",
                artists = new[] { new { id, name = $"Artist {id}", type = "artist", uri = $"spotify:artist:{id}" } },
            };
        });
        return TypedResults.Json(new { tracks });
    }

    private static object ArtistOf(string id) => new
    {
        external_urls = new { spotify = $"https://open.spotify.com/artist/{id}" },
        followers = new { href = (string?)null, total = Stable.Number($"{id}:followers", 1_000, 2_000_000) },
        genres = new[] { "indie pop" },
        href = $"/v1/artists/{id}",
        id,
        images = Array.Empty<object>(),
        name = $"Artist {id}",
        popularity = Stable.Number($"{id}:popularity", 20, 90),
        type = "artist",
        uri = $"spotify:artist:{id}",
    };

    private static string? ClientIdOf(string authorization)
    {
        if (!authorization.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return null;
        }
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..]));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && colon < pair.Length - 1 ? pair[..colon] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static IResult? Failing(string id, HttpResponse response) =>
        Failures.Throttled(id) ? TypedResults.Json(new { error = new { status = 429, message = "API rate limit exceeded" } }, statusCode: Failures.Throttle(response))
        : Failures.Down(id) ? TypedResults.Json(new { error = new { status = 503, message = "Service unavailable" } }, statusCode: StatusCodes.Status503ServiceUnavailable)
        : null;

    private static IResult Unauthorized() =>
        TypedResults.Json(new { error = new { status = 401, message = "No token provided" } }, statusCode: StatusCodes.Status401Unauthorized);
}
