namespace AdFlux.Ads.Creatives.Variants;

/// <summary>The upload is not an image the renderer can use; answered as 422 naming the field.</summary>
public sealed class ImageRejectedException(string field, string reason) : Exception(reason)
{
    public string Field { get; } = field;
}
