using AdFlux.Web.Gateway;
using Microsoft.AspNetCore.Components.Authorization;

namespace AdFlux.Web.Studio;

/// <summary>
/// <c>GET /studio/assets/{id}/content</c>: a studio asset's image for the approval queue's previews, fetched from ads through the
/// gateway with the signed-in admin's token; the browser holds only the session cookie, so an <c>img</c> cannot call the API itself.
/// </summary>
public static class AssetContentEndpoint
{
    public static string PathOf(Guid asset) => $"/studio/assets/{asset}/content";

    public static IEndpointRouteBuilder MapAssetContentEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/studio/assets/{id:guid}/content", ContentAsync).RequireAuthorization(policy => policy.RequireRole("admin"))
            .WithName("StudioAssetContent").ExcludeFromDescription();
        return endpoints;
    }

    public static async Task<IResult> ContentAsync(
        Guid id, HttpContext context, AuthenticationStateProvider authentication, GatewayClient api, CancellationToken cancellationToken)
    {
        // Outside a circuit nobody has told the provider who is asking: this request's cookie principal is.
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        var result = await api.GetFileAsync($"/api/ads/studio/assets/{id}/content", cancellationToken);
        if (!result.IsOk)
        {
            return TypedResults.Problem(statusCode: result.Problem.Status, title: result.Problem.Title, detail: result.Problem.Detail);
        }
        var file = result.Value!;
        context.Response.Headers.CacheControl = "private, max-age=300";
        return TypedResults.File(file.Content, file.ContentType);
    }
}
