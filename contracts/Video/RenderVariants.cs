namespace AdFlux.Contracts.Video;

/// <summary>Command: render the platform variants of a clip.</summary>
public sealed record RenderVariants(Guid CommandId, Guid TenantId, Guid ClipId, IReadOnlyList<string> Platforms);
