namespace AdFlux.Video.Reframing;

/// <summary>
/// Plans a crop window of the target aspect that keeps the face track centred. The whole track is
/// known before the render, so the window follows a critically damped spring aimed at where the face
/// will be one spring-lag ahead (2/ω): a face moving steadily is centred with no lag, a jump (a cut,
/// a second face) is approached smoothly at no more than <see cref="MaxSpeed"/> frame widths per
/// second, speeding up and slowing down within <see cref="MaxAcceleration"/>, and the window always
/// stays inside the frame. Between face samples the track is
/// interpolated; far from any sample the window returns to the centre.
/// </summary>
public static class FaceTrackPlanner
{
    /// <summary>Spring stiffness ω in rad/s: settles a step in about 1 s.</summary>
    public const double Omega = 4;

    /// <summary>Fastest pan, in source frame widths (x) or heights (y) per second.</summary>
    public const double MaxSpeed = 0.4;

    /// <summary>Strongest change of pan speed, in source frame widths (x) or heights (y) per second squared.</summary>
    public const double MaxAcceleration = 0.5;

    /// <summary>Faces further than this from a moment are not used for it.</summary>
    public const double MaxGapSeconds = 2.5;

    public const double StepSeconds = 1.0 / 30;

    public const double KeySeconds = 0.2;

    /// <summary>The largest window of <paramref name="targetWidth"/>:<paramref name="targetHeight"/> inside the source, even-sized.</summary>
    public static (int Width, int Height) Window(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight)
    {
        var aspect = (double)targetWidth / targetHeight;
        return (double)sourceWidth / sourceHeight > aspect
            ? (Math.Min(sourceWidth, 2 * (int)Math.Round(sourceHeight * aspect / 2)), sourceHeight)
            : (sourceWidth, Math.Min(sourceHeight, 2 * (int)Math.Round(sourceWidth / aspect / 2)));
    }

    /// <summary>The window's path over a clip, or null when no face is near the clip (then a centre crop is right).</summary>
    public static CropPath? Plan(IReadOnlyList<FacePoint> faces, int sourceWidth, int sourceHeight, int targetWidth, int targetHeight, double clipStart, double duration)
    {
        var track = faces.OrderBy(f => f.AtSeconds).ToList();
        if (!track.Any(f => f.AtSeconds >= clipStart - MaxGapSeconds && f.AtSeconds <= clipStart + duration + MaxGapSeconds) || duration <= 0)
        {
            return null;
        }
        var (w, h) = Window(sourceWidth, sourceHeight, targetWidth, targetHeight);
        var x = new SpringAxis(sourceWidth, w, MaxSpeed * sourceWidth, MaxAcceleration * sourceWidth);
        var y = new SpringAxis(sourceHeight, h, MaxSpeed * sourceHeight, MaxAcceleration * sourceHeight);
        var lead = 2 / Omega;
        x.Start(Target(track, clipStart, sourceWidth, w, f => f.CenterX), Target(track, clipStart + lead, sourceWidth, w, f => f.CenterX), lead);
        y.Start(Target(track, clipStart, sourceHeight, h, f => f.CenterY), Target(track, clipStart + lead, sourceHeight, h, f => f.CenterY), lead);

        var keys = new List<CropKey> { new(0, x.Position, y.Position) };
        var steps = (int)Math.Ceiling(duration / StepSeconds);
        var perKey = (int)Math.Round(KeySeconds / StepSeconds);
        for (var step = 1; step <= steps; step++)
        {
            var t = Math.Min(duration, step * StepSeconds);
            var dt = t - (step - 1) * StepSeconds;
            x.Advance(Target(track, clipStart + t + lead, sourceWidth, w, f => f.CenterX), dt);
            y.Advance(Target(track, clipStart + t + lead, sourceHeight, h, f => f.CenterY), dt);
            if (step % perKey == 0 || step == steps)
            {
                keys.Add(new CropKey(Math.Round(t, 4), Math.Round(x.Position, 2), Math.Round(y.Position, 2)));
            }
        }
        return new CropPath(w, h, keys);
    }

    /// <summary>The window's corner that centres the face at <paramref name="at"/>, inside the frame.</summary>
    private static double Target(List<FacePoint> track, double at, int size, int window, Func<FacePoint, double> centre)
    {
        var after = track.FindIndex(f => f.AtSeconds >= at);
        var next = after >= 0 ? track[after] : null;
        var previous = after > 0 ? track[after - 1] : after < 0 ? track[^1] : null;
        var near = (previous is not null && at - previous.AtSeconds <= MaxGapSeconds, next is not null && next.AtSeconds - at <= MaxGapSeconds);
        var c = near switch
        {
            (true, true) when next!.AtSeconds > previous!.AtSeconds =>
                centre(previous) + (centre(next) - centre(previous)) * (at - previous.AtSeconds) / (next.AtSeconds - previous.AtSeconds),
            (_, true) => centre(next!),
            (true, false) => centre(previous!),
            _ => 0.5,
        };
        return Math.Clamp(c * size - window / 2.0, 0, size - window);
    }
}
