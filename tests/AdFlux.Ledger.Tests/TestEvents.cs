using AdFlux.Contracts.Video;

namespace AdFlux.Ledger.Tests;

public static class TestEvents
{
    public static VideoUploaded VideoUploaded(Guid tenantId, string fileName = "clip.mp4") =>
        new(Guid.NewGuid(), tenantId, DateTimeOffset.UtcNow, Guid.NewGuid(), null, fileName, 1_234_567, 42.5);

    public static JobCreated JobCreated(Guid tenantId, Guid videoId) =>
        new(Guid.NewGuid(), tenantId, DateTimeOffset.UtcNow, Guid.NewGuid(), videoId, "cut-analysis");
}
