namespace AdFlux.Ads.Tests.Studio;

/// <summary>Takes ml-detection off the network for the regions client while <see cref="Down"/> is set, as a refused connection would.</summary>
public sealed class MlDetectionOutage
{
    public bool Down { get; set; }
}
