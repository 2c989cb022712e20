namespace AdFlux.Ads.Studio.Variants;

/// <summary>ml-detection could not say where an image's faces and objects are; the message says why.</summary>
public sealed class RegionsUnavailableException(string message) : Exception(message);
