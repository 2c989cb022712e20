namespace AdFlux.Ads.Candidates;

/// <summary>ML.NET's input row: the encoded vector (its size set at load time from <see cref="CandidateFeatures.Dimension"/>).</summary>
public sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
}
