using AdFlux.Web.Gateway;
using Microsoft.Net.Http.Headers;

namespace AdFlux.Web.Video;

/// <summary>
/// Video's media for the browser: a clip's thumbnail and a variant's MP4, fetched through the gateway with the
/// session's token (which never reaches the page) and streamed on as they arrive, Range requests included, so
/// the player can seek and a large file never sits in this process's memory.
/// </summary>
public static class MediaEndpoints
{
    /// <summary>The request headers a ranged or conditional media request carries on to the API.</summary>
    private static readonly string[] ForwardedRequestHeaders =
        [HeaderNames.Range, HeaderNames.IfRange, HeaderNames.IfNoneMatch, HeaderNames.IfModifiedSince];

    private static readonly string[] ForwardedResponseHeaders =
        [HeaderNames.ContentRange, HeaderNames.AcceptRanges, HeaderNames.ETag, HeaderNames.LastModified];

    public static string ThumbnailOf(Guid clipId) => $"/media/clips/{clipId}/thumbnail";

    public static string VariantOf(Guid variantId) => $"/media/variants/{variantId}";

    public static string DownloadOf(Guid variantId) => $"/media/variants/{variantId}?download=true";

    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var media = endpoints.MapGroup("/media").RequireAuthorization().ExcludeFromDescription();
        media.MapGet("/clips/{id:guid}/thumbnail", ThumbnailAsync).WithName("ClipThumbnailMedia");
        media.MapGet("/variants/{id:guid}", VariantAsync).WithName("VariantMedia");
        return endpoints;
    }

    /// <summary>Video's API answers another client profile's or tenant's media with 404, which is passed on.</summary>
    public static Task ThumbnailAsync(Guid id, HttpContext context, GatewayClient api) =>
        RelayAsync(api, context, $"/api/video/clips/{id}/thumbnail", download: false);

    /// <summary><c>?download=true</c> asks the browser to save the file under the API's name; otherwise it plays inline.</summary>
    public static Task VariantAsync(Guid id, bool? download, HttpContext context, GatewayClient api) =>
        RelayAsync(api, context, $"/api/video/variants/{id}/download", download == true);

    private static async Task RelayAsync(GatewayClient api, HttpContext context, string path, bool download)
    {
        using var response = await api.OpenAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            foreach (var name in ForwardedRequestHeaders)
            {
                if (context.Request.Headers.TryGetValue(name, out var value))
                {
                    request.Headers.TryAddWithoutValidation(name, value.ToArray());
                }
            }
            return request;
        }, context.User, context.RequestAborted);
        if (response is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var name in ForwardedResponseHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }
        var headers = response.Content.Headers;
        context.Response.ContentType = headers.ContentType?.ToString();
        context.Response.ContentLength = headers.ContentLength;
        if (download && headers.ContentDisposition is { } disposition)
        {
            context.Response.Headers.ContentDisposition = disposition.ToString();
        }
        // Media of a signed-in user: private to its browser, never to a shared cache.
        context.Response.Headers.CacheControl = "private, max-age=300";
        await using var body = await response.Content.ReadAsStreamAsync(context.RequestAborted);
        await body.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
