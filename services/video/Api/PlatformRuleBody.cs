namespace AdFlux.Video.Api;

public sealed record PlatformRuleBody(string? Platform, IReadOnlyList<int>? ClipSeconds, int? MaxClips, string? Format);
