namespace AdFlux.Video.Variants;

/// <summary>The formats of seed 001 §3: 9:16 (TikTok, Reels, Shorts), 1:1 and 4:5 (feeds), all 1080 wide.</summary>
public sealed record PlatformFormat(string Name, int Width, int Height)
{
    public static readonly PlatformFormat Vertical = new("9:16", 1080, 1920);
    public static readonly PlatformFormat Square = new("1:1", 1080, 1080);
    public static readonly PlatformFormat Portrait = new("4:5", 1080, 1350);

    public static IReadOnlyList<PlatformFormat> All { get; } = [Vertical, Square, Portrait];

    public static PlatformFormat? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
