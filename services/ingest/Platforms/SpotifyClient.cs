using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Platforms;

/// <summary>Spotify Web API: an artist's followers and popularity, and the popularity of its top tracks.</summary>
public sealed class SpotifyClient(HttpClient http, PlatformTokens tokens, IOptions<PlatformOptions> options)
{
    public async Task<SpotifyArtist> GetArtistAsync(SpotifyCredential credential, string artistId, CancellationToken cancellationToken)
    {
        using var document = await GetAsync(credential, $"artists/{Uri.EscapeDataString(artistId)}", cancellationToken);
        var root = document.RootElement;
        return new SpotifyArtist(
            root.GetProperty("id").GetString()!,
            root.GetProperty("name").GetString()!,
            root.GetProperty("followers").GetProperty("total").GetInt64(),
            root.GetProperty("popularity").GetInt32());
    }

    public async Task<IReadOnlyList<SpotifyTrack>> GetTopTracksAsync(SpotifyCredential credential, string artistId, string market, CancellationToken cancellationToken)
    {
        using var document = await GetAsync(credential, $"artists/{Uri.EscapeDataString(artistId)}/top-tracks?market={Uri.EscapeDataString(market)}", cancellationToken);
        return document.RootElement.GetProperty("tracks").EnumerateArray()
            .Select(t => new SpotifyTrack(t.GetProperty("id").GetString()!, t.GetProperty("name").GetString()!, t.GetProperty("popularity").GetInt32()))
            .ToList();
    }

    private async Task<JsonDocument> GetAsync(SpotifyCredential credential, string relative, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PlatformOptions.Under(options.Value.SpotifyApiBaseUrl, relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.SpotifyAsync(credential, cancellationToken));
        using var response = await http.SendAsync(request, cancellationToken);
        return await PlatformResponses.ReadAsync("spotify", response, cancellationToken);
    }
}
