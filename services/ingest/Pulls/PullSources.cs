namespace AdFlux.Ingest.Pulls;

/// <summary>The kinds of pulled source a schedule can name.</summary>
public static class PullSources
{
    public const string Sheets = "sheets";
    public const string YouTube = "youtube";
    public const string Spotify = "spotify";

    public static readonly IReadOnlyList<string> All = [Sheets, YouTube, Spotify];

    public static readonly IReadOnlyList<string> Platforms = [YouTube, Spotify];
}
