using AdFlux.Video.Domain;

namespace AdFlux.Video.Reframing;

/// <summary>The face track of a video: per sampled frame, the centre of its main face (the largest, weighted by confidence).</summary>
public static class FaceTrack
{
    public static IReadOnlyList<FacePoint> Of(IEnumerable<FaceBox> faces) => faces
        .GroupBy(f => f.FrameId)
        .Select(frame => frame.MaxBy(f => f.Width * f.Height * f.Confidence)!)
        .Select(f => new FacePoint(f.AtSeconds, f.X + f.Width / 2, f.Y + f.Height / 2))
        .OrderBy(p => p.AtSeconds)
        .ToList();
}
