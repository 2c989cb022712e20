using System.Globalization;

namespace AdFlux.PlatformSandbox.Freepik;

/// <summary>
/// Freepik's stock API (https://docs.freepik.com/api-reference/resources/get-all-resources):
/// <c>GET /v1/resources?term=&amp;page=&amp;limit=&amp;filters[orientation][landscape]=1</c> and
/// <c>GET /v1/resources/{id}/download</c> (a URL to the file), authenticated by the
/// <c>x-freepik-api-key</c> header. The files themselves come from <c>/sandbox/freepik/files/{id}.jpg</c>.
/// A term containing <c>[throttle]</c> answers 429 as Freepik does past a plan's rate limit.
/// </summary>
public static class FreepikApis
{
    // Freepik's keys start with "FPSX"; the sandbox checks that form only.
    public const string KeyPrefix = "FPSX";
    public const string ThrottleTerm = "[throttle]";

    private static readonly string[] FilterGroups = ["orientation", "content_type", "license"];

    public static IEndpointRouteBuilder MapFreepikApis(this IEndpointRouteBuilder app)
    {
        // Rendered now, not on the first search, so a slow first request never times a client out.
        _ = app.ServiceProvider.GetRequiredService<StockLibrary>();
        app.MapGet("/v1/resources", Search);
        app.MapGet("/v1/resources/{id:long}", Detail);
        app.MapGet("/v1/resources/{id:long}/download", Download);
        app.MapGet("/sandbox/freepik/files/{id:long}.jpg", File);
        return app;
    }

    public static IResult Search(HttpRequest request, StockLibrary library)
    {
        if (!HasKey(request))
        {
            return Message(StatusCodes.Status401Unauthorized, "Invalid API key");
        }
        var term = request.Query["term"].ToString();
        if (term.Contains(ThrottleTerm, StringComparison.OrdinalIgnoreCase))
        {
            request.HttpContext.Response.Headers.RetryAfter = "60";
            return Message(StatusCodes.Status429TooManyRequests, "Rate limit exceeded");
        }
        if (!Positive(request.Query["page"], 1, out var page) || page > 100)
        {
            return Message(StatusCodes.Status400BadRequest, "page must be greater than 0 and less than or equal to 100");
        }
        if (!Positive(request.Query["limit"], 10, out var limit) || limit > 100)
        {
            return Message(StatusCodes.Status400BadRequest, "limit must be greater than 0 and at most 100");
        }
        var words = term.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matches = library.Images
            .Where(i => words.Length == 0 || words.Any(w => i.Keywords.Contains(w) || i.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Where(i => FilterGroups.All(group => Passes(request.Query, group, ValueOf(i, group))))
            .ToList();
        var data = matches.Skip((page - 1) * limit).Take(limit).Select(i => Resource(i, request)).ToList();
        return TypedResults.Json(new
        {
            data,
            meta = new
            {
                current_page = page,
                per_page = limit,
                last_page = Math.Max(1, (matches.Count + limit - 1) / limit),
                total = matches.Count,
                clean_search = words.Length == 0,
            },
        });
    }

    public static IResult Detail(long id, HttpRequest request, StockLibrary library)
    {
        if (!HasKey(request))
        {
            return Message(StatusCodes.Status401Unauthorized, "Invalid API key");
        }
        return library.Find(id) is { } image ? TypedResults.Json(new { data = Resource(image, request) }) : Message(StatusCodes.Status404NotFound, "Resource not found");
    }

    public static IResult Download(long id, HttpRequest request, StockLibrary library)
    {
        if (!HasKey(request))
        {
            return Message(StatusCodes.Status401Unauthorized, "Invalid API key");
        }
        if (library.Find(id) is not { } image)
        {
            return Message(StatusCodes.Status404NotFound, "Resource not found");
        }
        var url = FileUrl(request, image.Id);
        return TypedResults.Json(new { data = new { filename = image.Slug + ".jpg", url, signed_url = url + "?t=sandbox" } });
    }

    public static IResult File(long id, StockLibrary library) =>
        library.Find(id) is { } image ? TypedResults.Bytes(image.Jpeg, "image/jpeg") : TypedResults.NotFound();

    private static object Resource(StockImage image, HttpRequest request) => new
    {
        id = image.Id,
        title = image.Title,
        url = $"https://www.freepik.com/{(image.Licence == "premium" ? "premium" : "free")}-{image.ContentType}/{image.Slug}_{image.Id}.htm",
        filename = image.Slug + ".jpg",
        licenses = new[] { new { type = image.Licence, url = $"https://www.freepik.com/profile/license/pdf/{image.Id}?lang=en" } },
        products = Array.Empty<object>(),
        meta = new
        {
            published_at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(image.Id % 300).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            is_new = false,
            available_formats = new { jpg = new { total = 1, items = new[] { new { id = image.Id, name = image.Title, colorspace = "RGB", size = image.Jpeg.Length } } } },
        },
        image = new
        {
            type = image.ContentType,
            orientation = image.Orientation,
            source = new { url = FileUrl(request, image.Id), key = "large", size = $"{image.Width}x{image.Height}" },
        },
        related = new { serie = Array.Empty<object>(), others = Array.Empty<object>(), keywords = image.Keywords },
        stats = new { downloads = Stable.Number($"freepik:{image.Id}:downloads", 100, 90_000), likes = Stable.Number($"freepik:{image.Id}:likes", 1, 900) },
        author = new { id = image.AuthorId, name = image.AuthorName, avatar = $"https://avatar.cdnpk.net/{image.AuthorId}.jpg", slug = image.AuthorName },
    };

    private static string ValueOf(StockImage image, string group) => group switch
    {
        "orientation" => image.Orientation,
        "content_type" => image.ContentType,
        _ => image.Licence,
    };

    // filters[group][value]=1 keeps resources whose value is one of those asked for; no filter of a group keeps all.
    private static bool Passes(IQueryCollection query, string group, string value)
    {
        var prefix = $"filters[{group}][";
        var wanted = query.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k.EndsWith(']') && query[k] == "1")
            .Select(k => k[prefix.Length..^1]).ToList();
        return wanted.Count == 0 || wanted.Contains(value);
    }

    private static string FileUrl(HttpRequest request, long id) => $"{request.Scheme}://{request.Host}/sandbox/freepik/files/{id}.jpg";

    private static bool HasKey(HttpRequest request) =>
        request.Headers["x-freepik-api-key"].ToString().StartsWith(KeyPrefix, StringComparison.Ordinal);

    private static bool Positive(string? text, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }

    private static IResult Message(int status, string message) => TypedResults.Json(new { message }, statusCode: status);
}
