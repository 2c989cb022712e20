namespace AdFlux.Video.Storage;

/// <summary>More bytes arrived than the upload may have.</summary>
public sealed class ContentTooLargeException(long limit) : Exception($"More than {limit} bytes.")
{
    public long Limit { get; } = limit;
}
