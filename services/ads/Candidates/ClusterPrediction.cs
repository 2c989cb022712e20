using Microsoft.ML.Data;

namespace AdFlux.Ads.Candidates;

/// <summary>ML.NET's K-means output row: the 1-based cluster of the input row.</summary>
public sealed class ClusterPrediction
{
    [ColumnName("PredictedLabel")]
    public uint Cluster { get; set; }
}
