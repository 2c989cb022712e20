namespace AdFlux.Video.Tests;

/// <summary>One video host and one two-tenant world, shared by the test classes (run one after another: ffmpeg is heavy on two cores).</summary>
[CollectionDefinition(Name)]
public sealed class VideoCollection : ICollectionFixture<VideoWorld>
{
    public const string Name = "video";
}
