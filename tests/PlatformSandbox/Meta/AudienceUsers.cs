namespace AdFlux.PlatformSandbox.Meta;

/// <summary>What a custom audience received: every hashed row, and the batches of each upload session in order.</summary>
public sealed class AudienceUsers
{
    public List<string[]> Rows { get; } = [];

    public List<AudienceBatch> Batches { get; } = [];
}
