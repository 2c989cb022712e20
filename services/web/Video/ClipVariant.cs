namespace AdFlux.Web.Video;

/// <summary>Video's <c>VariantResponse</c>: a clip rendered in one platform format.</summary>
public sealed record ClipVariant(Guid Id, Guid ClipId, Guid VideoId, string Format, int Width, int Height, double DurationSeconds, string Reframe, long SizeBytes)
{
    /// <summary>Where each format is posted (seed 001 §3: 9:16 for TikTok, Reels and Shorts; 1:1 and 4:5 for the feeds).</summary>
    public string Platforms => Format switch
    {
        "9:16" => "TikTok · Reels · Shorts",
        "1:1" => "Facebook · Instagram",
        "4:5" => "Facebook · Instagram",
        _ => Format,
    };
}
