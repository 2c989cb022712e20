using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Platforms;
using AdFlux.ServiceDefaults.Secrets;
using Microsoft.Extensions.Options;

namespace AdFlux.Ingest.Pulls;

/// <summary>
/// Reads a platform source's figures: YouTube channels' daily Analytics report over the lookback window
/// plus channel and video lifetime statistics; Spotify artists' followers and popularity and their top
/// tracks' popularity. Lifetime and current figures are dated the (UTC) day they were read.
/// </summary>
public sealed class PlatformReader(YouTubeClient youtube, SpotifyClient spotify, SecretProtector protector, IOptions<PullOptions> options)
{
    public async Task<IReadOnlyList<FigureReading>> ReadAsync(PlatformSource source, DateOnly today, CancellationToken cancellationToken) =>
        source.Platform switch
        {
            PullSources.YouTube => await YouTubeAsync(source, today, cancellationToken),
            PullSources.Spotify => await SpotifyAsync(source, today, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown platform '{source.Platform}'."),
        };

    private async Task<List<FigureReading>> YouTubeAsync(PlatformSource source, DateOnly today, CancellationToken cancellationToken)
    {
        var credential = PlatformCredentials.YouTube(protector, source.Credential);
        var lookback = Math.Max(1, options.Value.LookbackDays);
        var readings = new List<FigureReading>();
        foreach (var channel in source.EntityIds)
        {
            var days = await youtube.GetDailyChannelReportAsync(credential, channel, today.AddDays(-lookback), today.AddDays(-1), cancellationToken);
            readings.AddRange(days.SelectMany(d => d.Metrics.Select(m => new FigureReading("channel", channel, m.Key, d.Day, m.Value))));
        }
        var channels = await youtube.GetChannelStatisticsAsync(credential, source.EntityIds, cancellationToken);
        readings.AddRange(channels.SelectMany(c => c.Counts.Select(m => new FigureReading("channel", c.Id, m.Key, today, m.Value))));
        if (source.VideoIds.Length > 0)
        {
            var videos = await youtube.GetVideoStatisticsAsync(credential, source.VideoIds, cancellationToken);
            readings.AddRange(videos.SelectMany(v => v.Counts.Select(m => new FigureReading("video", v.Id, m.Key, today, m.Value))));
        }
        return readings;
    }

    private async Task<List<FigureReading>> SpotifyAsync(PlatformSource source, DateOnly today, CancellationToken cancellationToken)
    {
        var credential = PlatformCredentials.Spotify(protector, source.Credential);
        var readings = new List<FigureReading>();
        foreach (var artistId in source.EntityIds)
        {
            var artist = await spotify.GetArtistAsync(credential, artistId, cancellationToken);
            readings.Add(new FigureReading("artist", artist.Id, "followers", today, artist.Followers));
            readings.Add(new FigureReading("artist", artist.Id, "popularity", today, artist.Popularity));
            var tracks = await spotify.GetTopTracksAsync(credential, artistId, options.Value.SpotifyMarket, cancellationToken);
            readings.AddRange(tracks.Select(t => new FigureReading("track", t.Id, "popularity", today, t.Popularity)));
        }
        return readings;
    }
}
