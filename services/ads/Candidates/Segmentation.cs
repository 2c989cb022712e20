namespace AdFlux.Ads.Candidates;

/// <summary>The chosen clustering: k, its mean silhouette, the silhouette of every k tried, and the segments largest first.</summary>
public sealed record Segmentation(int K, double Silhouette, IReadOnlyDictionary<int, double> SilhouetteByK, IReadOnlyList<SegmentDraft> Segments);
