namespace AdFlux.Video.Reframing;

/// <summary>The crop window's top-left corner, in source pixels, at <see cref="T"/> seconds into the clip.</summary>
public sealed record CropKey(double T, double X, double Y);
