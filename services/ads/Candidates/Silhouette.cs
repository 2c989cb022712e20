namespace AdFlux.Ads.Candidates;

/// <summary>
/// The mean silhouette of a clustering (Rousseeuw 1987) in Euclidean distance: per point,
/// (b − a) / max(a, b) with a its mean distance to its own cluster and b the least mean distance to
/// another cluster; a point alone in its cluster scores 0.
/// </summary>
public static class Silhouette
{
    public static double Mean(IReadOnlyList<float[]> points, IReadOnlyList<int> labels)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(labels.Count, points.Count);
        var clusters = labels.Distinct().Order().ToArray();
        if (clusters.Length < 2)
        {
            return 0;
        }
        var position = clusters.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var sizes = new int[clusters.Length];
        foreach (var label in labels)
        {
            sizes[position[label]]++;
        }
        var sum = 0.0;
        var sums = new double[clusters.Length];
        for (var i = 0; i < points.Count; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < points.Count; j++)
            {
                if (j != i)
                {
                    sums[position[labels[j]]] += Distance(points[i], points[j]);
                }
            }
            var own = position[labels[i]];
            if (sizes[own] == 1)
            {
                continue;
            }
            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < clusters.Length; c++)
            {
                if (c != own)
                {
                    b = Math.Min(b, sums[c] / sizes[c]);
                }
            }
            var max = Math.Max(a, b);
            sum += max == 0 ? 0 : (b - a) / max;
        }
        return sum / points.Count;
    }

    public static double Distance(float[] x, float[] y)
    {
        var total = 0.0;
        for (var d = 0; d < x.Length; d++)
        {
            var diff = (double)x[d] - y[d];
            total += diff * diff;
        }
        return Math.Sqrt(total);
    }
}
