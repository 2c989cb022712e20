namespace AdFlux.Video.Api;

/// <summary>Formats to render ("9:16", "1:1", "4:5"; all when empty) and the fit: "crop" (centre) or "blur" (whole frame over a blurred copy).</summary>
public sealed record RenderVariantsBody(IReadOnlyList<string>? Formats, string? Fit);
