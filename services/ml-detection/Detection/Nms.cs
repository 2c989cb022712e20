namespace AdFlux.MlDetection.Detection;

/// <summary>Greedy non-maximum suppression, per class: boxes of different classes never suppress each other.</summary>
public static class Nms
{
    public static List<Finding> ClassWise(IEnumerable<Finding> candidates, float iouThreshold, int maxDetections = 300)
    {
        var kept = new List<Finding>();
        foreach (var group in candidates.GroupBy(c => c.ClassId))
        {
            var ordered = group.OrderByDescending(c => c.Confidence).ToList();
            var keptInClass = new List<Finding>();
            foreach (var candidate in ordered)
            {
                if (keptInClass.All(k => k.Box.IoU(candidate.Box) <= iouThreshold))
                {
                    keptInClass.Add(candidate);
                }
            }
            kept.AddRange(keptInClass);
        }
        return kept.OrderByDescending(k => k.Confidence).Take(maxDetections).ToList();
    }
}
