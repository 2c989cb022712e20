namespace AdFlux.Ads.Studio.Assets;

/// <summary>ml-detection did not score the image (down, or it refused with the given status and detail).</summary>
public sealed class ComplianceUnavailableException(string message, int? status = null, Exception? inner = null) : Exception(message, inner)
{
    public int? Status { get; } = status;
}
