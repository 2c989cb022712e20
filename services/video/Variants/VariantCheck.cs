namespace AdFlux.Video.Variants;

/// <summary>
/// The upload spec a rendered variant must meet before it counts (the platforms publish the same
/// core: H.264 video, AAC audio, MP4 with the index first, exact frame size); returns what is wrong.
/// </summary>
public static class VariantCheck
{
    public static string? Problem(FFMpegCore.IMediaAnalysis analysis, PlatformFormat format, double expectedSeconds, string path)
    {
        var video = analysis.PrimaryVideoStream;
        if (video is null || video.CodecName != "h264" || video.PixelFormat != "yuv420p")
        {
            return $"{format.Name}: video must be H.264 yuv420p, is {video?.CodecName}/{video?.PixelFormat}";
        }
        if (video.Width != format.Width || video.Height != format.Height)
        {
            return $"{format.Name}: frame is {video.Width}x{video.Height}, must be {format.Width}x{format.Height}";
        }
        if (analysis.PrimaryAudioStream is { } audio && audio.CodecName != "aac")
        {
            return $"{format.Name}: audio must be AAC, is {audio.CodecName}";
        }
        if (Math.Abs(analysis.Duration.TotalSeconds - expectedSeconds) > 0.25)
        {
            return $"{format.Name}: lasts {analysis.Duration.TotalSeconds:F2} s, the clip {expectedSeconds:F2} s";
        }
        if (!MoovBeforeMdat(path))
        {
            return $"{format.Name}: the MP4 index (moov) is not before the media data (faststart)";
        }
        return null;
    }

    /// <summary>Walks the top-level MP4 boxes: faststart puts <c>moov</c> before <c>mdat</c>.</summary>
    public static bool MoovBeforeMdat(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[16];
        long position = 0;
        while (position + 8 <= file.Length)
        {
            file.Position = position;
            if (file.Read(header[..8]) < 8)
            {
                return false;
            }
            long size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = System.Text.Encoding.ASCII.GetString(header.Slice(4, 4));
            if (size == 1 && file.Read(header.Slice(8, 8)) == 8)
            {
                size = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(header.Slice(8, 8));
            }
            if (type == "moov")
            {
                return true;
            }
            if (type == "mdat" || size < 8)
            {
                return false;
            }
            position += size;
        }
        return false;
    }
}
