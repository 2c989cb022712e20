using AdFlux.Video.Reframing;

namespace AdFlux.Video.Tests;

public sealed class FaceTrackPlannerTests
{
    private const int SourceWidth = 1920;
    private const int SourceHeight = 1080;
    private const double Fps = 30;

    [Fact]
    public void A_vertical_window_follows_a_face_moving_steadily_across_the_frame_without_lag()
    {
        // 0.2 → 0.8 of the width over 6 s, sampled once a second as the analysis does.
        var faces = Enumerable.Range(0, 7).Select(s => new FacePoint(10 + s, 0.2 + 0.1 * s, 0.4)).ToList();

        var path = FaceTrackPlanner.Plan(faces, SourceWidth, SourceHeight, 1080, 1920, clipStart: 10, duration: 6)!;

        Assert.Equal((608, 1080), (path.Width, path.Height));
        foreach (var t in new[] { 0.5, 1.5, 3, 4.5, 5.5 })
        {
            var centre = path.PositionAt(t).X + path.Width / 2.0;
            Assert.InRange(centre, (0.2 + 0.1 * t) * SourceWidth - 25, (0.2 + 0.1 * t) * SourceWidth + 25);
            Assert.Equal(0, path.PositionAt(t).Y);
        }
    }

    [Fact]
    public void A_face_that_jumps_across_the_frame_is_reached_by_a_pan_that_never_moves_more_than_the_speed_limit_per_frame()
    {
        var faces = new[] { 0.0, 1, 2, 3 }.Select(t => new FacePoint(t, 0.2, 0.5))
            .Concat(new[] { 3.5, 4.5, 5.5, 6.5, 7.5 }.Select(t => new FacePoint(t, 0.8, 0.5))).ToList();

        var path = FaceTrackPlanner.Plan(faces, SourceWidth, SourceHeight, 1080, 1920, clipStart: 0, duration: 8)!;

        var positions = Enumerable.Range(0, (int)(8 * Fps) + 1).Select(i => path.PositionAt(i / Fps).X).ToList();
        var steps = positions.Zip(positions.Skip(1), (a, b) => Math.Abs(b - a)).ToList();
        Assert.All(steps, step => Assert.True(step <= FaceTrackPlanner.MaxSpeed * SourceWidth / Fps + 0.5, $"step of {step:F1} px in one frame"));
        Assert.InRange(positions[0] + path.Width / 2.0, 0.2 * SourceWidth - 10, 0.2 * SourceWidth + 10);
        Assert.InRange(positions[^1] + path.Width / 2.0, 0.8 * SourceWidth - 10, 0.8 * SourceWidth + 10);
        // Acceleration is bounded too: the spring eases in and out instead of starting at full speed.
        var changes = steps.Zip(steps.Skip(1), (a, b) => Math.Abs(b - a)).Max();
        Assert.True(changes < 8, $"speed changed by {changes:F1} px/frame between frames");
    }

    [Fact]
    public void The_window_stays_inside_the_frame_when_the_face_is_at_its_edge()
    {
        var left = FaceTrackPlanner.Plan([new FacePoint(0, 0.01, 0.5), new FacePoint(4, 0.01, 0.5)], SourceWidth, SourceHeight, 1080, 1080, 0, 4)!;
        var right = FaceTrackPlanner.Plan([new FacePoint(0, 0.99, 0.5), new FacePoint(4, 0.99, 0.5)], SourceWidth, SourceHeight, 1080, 1350, 0, 4)!;

        Assert.All(left.Keys, k => Assert.Equal(0, k.X));
        Assert.All(right.Keys, k => Assert.Equal(SourceWidth - right.Width, k.X, 0.01));
        Assert.Equal((1080, 1080), (left.Width, left.Height));
        Assert.Equal((864, 1080), (right.Width, right.Height));
    }

    [Fact]
    public void A_portrait_source_pans_vertically_for_a_square_window()
    {
        var faces = new[] { new FacePoint(0, 0.5, 0.4), new FacePoint(3, 0.5, 0.4) };

        var path = FaceTrackPlanner.Plan(faces, 1080, 1920, 1080, 1080, 0, 3)!;

        Assert.Equal((1080, 1080), (path.Width, path.Height));
        Assert.All(path.Keys, k => Assert.Equal(0, k.X));
        Assert.All(path.Keys, k => Assert.Equal(0.4 * 1920 - 540, k.Y, 1));
    }

    [Fact]
    public void No_face_near_the_clip_means_no_track_and_a_long_gap_returns_to_the_centre()
    {
        var faces = new[] { new FacePoint(1, 0.1, 0.5), new FacePoint(2, 0.1, 0.5) };

        Assert.Null(FaceTrackPlanner.Plan(faces, SourceWidth, SourceHeight, 1080, 1920, clipStart: 30, duration: 15));
        Assert.Null(FaceTrackPlanner.Plan([], SourceWidth, SourceHeight, 1080, 1920, 0, 15));
        var path = FaceTrackPlanner.Plan(faces, SourceWidth, SourceHeight, 1080, 1920, clipStart: 0, duration: 15)!;
        Assert.InRange(path.PositionAt(14).X + path.Width / 2.0, SourceWidth / 2.0 - 5, SourceWidth / 2.0 + 5);
    }

    [Fact]
    public void The_crop_filter_is_a_flat_piecewise_linear_expression_of_t()
    {
        var path = new CropPath(608, 1080, [new CropKey(0, 100, 0), new CropKey(1, 200, 0), new CropKey(2, 150, 0)]);

        Assert.Equal("crop=w=608:h=1080:x='100+100*clip(t-0,0,1)-50*clip(t-1,0,1)':y='0'", path.ToCropFilter());
    }
}
