using AdFlux.MlDetection.Detection;

namespace AdFlux.MlDetection.Compliance;

/// <summary>
/// Where each platform draws its own UI over a vertical video (fractions of width and height):
/// top bar, the right-hand action buttons, the caption and audio strip at the bottom. Text and
/// faces there are hidden by the app.
/// </summary>
public static class SafeZones
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Name, float X, float Y, float Width, float Height)>> Overlays =
        new Dictionary<string, IReadOnlyList<(string, float, float, float, float)>>(StringComparer.OrdinalIgnoreCase)
        {
            ["tiktok"] = [("top bar", 0, 0, 1, 0.10f), ("action buttons", 0.85f, 0.35f, 0.15f, 0.50f), ("caption", 0, 0.80f, 1, 0.20f)],
            ["instagram-reels"] = [("top bar", 0, 0, 1, 0.09f), ("action buttons", 0.87f, 0.45f, 0.13f, 0.40f), ("caption", 0, 0.82f, 1, 0.18f)],
            ["youtube-shorts"] = [("top bar", 0, 0, 1, 0.08f), ("action buttons", 0.85f, 0.40f, 0.15f, 0.45f), ("caption", 0, 0.78f, 1, 0.22f)],
        };

    public static IReadOnlyList<(string Name, PixelBox Box)> For(string platform, int width, int height) =>
        Overlays[platform].Select(z => (z.Name, new PixelBox(z.X * width, z.Y * height, z.Width * width, z.Height * height))).ToList();
}
