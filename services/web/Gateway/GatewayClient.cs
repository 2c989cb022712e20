using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using AdFlux.Web.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace AdFlux.Web.Gateway;

/// <summary>
/// The pages' way to the APIs: every call goes to the gateway with the signed-in user's access token,
/// refreshed shortly before it expires (and once more after a 401). A failed refresh ends the session.
/// </summary>
public sealed class GatewayClient(
    HttpClient http, IdentitySessions identity, SessionStore sessions, AuthenticationStateProvider authentication,
    IOptions<WebSessionOptions> options, TimeProvider clock)
{
    /// <summary>The title pages recognise to offer signing in again.</summary>
    public const string SessionEndedTitle = "Session ended";

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Get, path), ReadJsonAsync<T>, cancellationToken);

    /// <summary>A file the API answers (an export): its bytes, media type and the name it suggests.</summary>
    public Task<ApiResult<DownloadedFile>> GetFileAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path), DownloadedFile.ReadAsync, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) }, ReadJsonAsync<T>, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) }, ReadJsonAsync<T>, cancellationToken);

    public Task<ApiResult<T>> PatchAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(body) }, ReadJsonAsync<T>, cancellationToken);

    public Task<ApiResult<T>> DeleteAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Delete, path), ReadJsonAsync<T>, cancellationToken);

    /// <summary>A request the caller builds (headers, a chunk of bytes), answered as JSON.</summary>
    public Task<ApiResult<T>> SendAsync<T>(Func<HttpRequestMessage> build, CancellationToken cancellationToken = default) =>
        SendAsync<T>(build, ReadJsonAsync<T>, cancellationToken);

    /// <summary>
    /// A response the caller reads as it arrives and disposes (a media stream, server-sent events), whatever its
    /// status; null once the session has ended. <paramref name="user"/> names the session: an endpoint outside
    /// the circuit passes its request's user.
    /// </summary>
    public async Task<HttpResponseMessage?> OpenAsync(Func<HttpRequestMessage> build, ClaimsPrincipal? user = null, CancellationToken cancellationToken = default)
    {
        user ??= (await authentication.GetAuthenticationStateAsync()).User;
        var session = sessions.Find(user.FindFirst(SessionCookie.SessionClaim)?.Value);
        for (var attempt = 0; session is not null && attempt < 2; attempt++)
        {
            var token = await AccessTokenAsync(session, force: attempt > 0, cancellationToken);
            if (token is null)
            {
                break;
            }
            using var request = build();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                response.Dispose();
                continue;
            }
            return response;
        }
        return null;
    }

    private static async Task<T?> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0
            ? default
            : await response.Content.ReadFromJsonAsync<T>(cancellationToken);

    private async Task<ApiResult<T>> SendAsync<T>(
        Func<HttpRequestMessage> build, Func<HttpResponseMessage, CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
    {
        using var response = await OpenAsync(build, cancellationToken: cancellationToken);
        if (response is null)
        {
            return ApiResult<T>.Failed(ApiProblem.Of(StatusCodes.Status401Unauthorized, SessionEndedTitle));
        }
        if (!response.IsSuccessStatusCode)
        {
            return ApiResult<T>.Failed(await ApiProblem.ReadAsync(response, cancellationToken));
        }
        return ApiResult<T>.Ok(await read(response, cancellationToken));
    }

    private async Task<string?> AccessTokenAsync(TokenSession session, bool force, CancellationToken cancellationToken)
    {
        var current = session.Tokens;
        if (!force && current.ExpiresAt - clock.GetUtcNow() > options.Value.RefreshBefore)
        {
            return current.AccessToken;
        }
        await session.RefreshGate.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(session.Tokens, current))
            {
                return session.Tokens.AccessToken;
            }
            var refreshed = await identity.RefreshAsync(current.RefreshToken, cancellationToken);
            if (refreshed is null)
            {
                sessions.Remove(session.Id);
                return null;
            }
            session.Replace(refreshed);
            return refreshed.AccessToken;
        }
        finally
        {
            session.RefreshGate.Release();
        }
    }
}
