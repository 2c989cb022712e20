namespace AdFlux.Video.Media;

/// <summary>The verdict on an uploaded file: its media info, or why it is not an acceptable video.</summary>
public sealed record MediaCheck(MediaInfo? Info, string? Problem)
{
    public static MediaCheck Valid(MediaInfo info) => new(info, null);

    public static MediaCheck Invalid(string problem) => new(null, problem);
}
