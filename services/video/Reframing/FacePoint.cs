namespace AdFlux.Video.Reframing;

/// <summary>Where the subject's face is at a moment of the source: its centre, normalised to 0..1 of the frame.</summary>
public sealed record FacePoint(double AtSeconds, double CenterX, double CenterY);
