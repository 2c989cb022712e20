namespace AdFlux.Video.Variants;

/// <summary>A render job's parameters, stored on the job as <c>9:16,1:1,4:5|blur</c>.</summary>
public sealed record RenderRequest(IReadOnlyList<PlatformFormat> Formats, bool BlurFit)
{
    public string Serialize() => string.Join(',', Formats.Select(f => f.Name)) + (BlurFit ? "|blur" : "|crop");

    public static RenderRequest Parse(string? parameters)
    {
        var parts = (parameters ?? "").Split('|');
        var formats = parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(PlatformFormat.Find).OfType<PlatformFormat>().ToList();
        return new RenderRequest(formats.Count > 0 ? formats : PlatformFormat.All, parts.Length > 1 && parts[1] == "blur");
    }
}
