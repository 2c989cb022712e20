namespace AdFlux.Ads.Creatives.Variants;

/// <summary>A platform image format by name and exact pixel size.</summary>
public sealed record VariantFormat(string Name, int Width, int Height)
{
    public static readonly VariantFormat Story = new("story", 1080, 1920);
    public static readonly VariantFormat Square = new("square", 1080, 1080);
    public static readonly VariantFormat Portrait = new("portrait", 1080, 1350);

    public static readonly IReadOnlyList<VariantFormat> All = [Story, Square, Portrait];

    /// <summary>By name (<c>story</c>) or by size (<c>1080x1920</c>).</summary>
    public static VariantFormat? Parse(string text) =>
        All.FirstOrDefault(f => string.Equals(f.Name, text, StringComparison.OrdinalIgnoreCase) || string.Equals($"{f.Width}x{f.Height}", text, StringComparison.OrdinalIgnoreCase));

    public string FileName => $"{Name}-{Width}x{Height}.jpg";
}
