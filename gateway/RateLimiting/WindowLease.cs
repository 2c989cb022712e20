using System.Threading.RateLimiting;

namespace AdFlux.Gateway.RateLimiting;

/// <summary>A permit from <see cref="FixedWindowLimiter"/>; a refused one says when the window reopens.</summary>
public sealed class WindowLease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
{
    public override bool IsAcquired { get; } = isAcquired;

    public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (retryAfter is { } delay && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = delay;
            return true;
        }
        metadata = null;
        return false;
    }
}
