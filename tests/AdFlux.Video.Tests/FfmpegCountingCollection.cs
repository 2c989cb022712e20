namespace AdFlux.Video.Tests;

/// <summary>Tests that count this process's ffmpeg children run with no other test class beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FfmpegCountingCollection
{
    public const string Name = "ffmpeg counting";
}
