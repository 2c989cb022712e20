namespace AdFlux.Ads.Candidates;

/// <summary>The k search of candidate segmentation (configuration section Ads:Segmentation).</summary>
public sealed class SegmentationOptions
{
    public const string Section = "Ads:Segmentation";

    public int MinK { get; set; } = 2;

    public int MaxK { get; set; } = 8;

    /// <summary>Silhouette is quadratic in the candidates; above this many it is scored on a fixed random sample of them.</summary>
    public int SilhouetteSample { get; set; } = 2_000;

    /// <summary>ML.NET's seed: the same candidates give the same segments.</summary>
    public int Seed { get; set; } = 20_261_130;

    public const int MinCandidates = 10;
}
