namespace AdFlux.Contracts.Video;

public sealed record SampledFrame(Guid FrameId, double AtSeconds, string StorageKey);
