namespace AdFlux.PlatformSandbox.Meta;

/// <summary>Meta Graph API node reads (<c>GET /v21.0/{id}?fields=…</c>) for pages and Instagram accounts, with Graph's error shape.</summary>
public static class MetaGraphApis
{
    public const string TokenPrefix = "EAAsandbox";

    public static IEndpointRouteBuilder MapMetaGraphApis(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{version:regex(^v\\d+\\.\\d+$)}/{id}", Node);
        return app;
    }

    public static IResult Node(string version, string id, string? fields, HttpRequest request)
    {
        if (!Bearer.Has(request, TokenPrefix))
        {
            return TypedResults.Json(new { error = new { message = "Invalid OAuth access token - Cannot parse access token", type = "OAuthException", code = 190, fbtrace_id = Stable.Token("A", id) } },
                statusCode: StatusCodes.Status400BadRequest);
        }
        var node = new Dictionary<string, object> { ["id"] = id };
        foreach (var field in (fields ?? "name").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            node[field] = field switch
            {
                "name" => $"Sandbox {id}",
                "username" => $"sandbox_{id}",
                _ => Stable.Number($"{id}:{field}", 0, 500_000),
            };
        }
        return TypedResults.Json(node);
    }
}
