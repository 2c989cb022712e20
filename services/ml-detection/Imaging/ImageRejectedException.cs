namespace AdFlux.MlDetection.Imaging;

/// <summary>The upload is not an image this service can use; answered as 422 naming the field.</summary>
public sealed class ImageRejectedException(string field, string reason) : Exception(reason)
{
    public string Field { get; } = field;
}
