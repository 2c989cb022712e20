namespace AdFlux.Web.Studio;

/// <summary>A client profile's brand as the studio keeps it: what the queue names and what the assets were scored against.</summary>
public sealed record Brand(Guid Id, Guid ClientProfileId, string Name, IReadOnlyList<string> Palette, IReadOnlyList<string> BannedWords);
