using AdFlux.MlDetection.Detection;

namespace AdFlux.MlDetection.Compliance;

/// <summary>
/// Layout: text lines and faces must stay out of the platform's UI overlays (<see cref="SafeZones"/>);
/// an element more than a fifth under an overlay counts as covered. The score is the share uncovered.
/// </summary>
public static class LayoutScorer
{
    public static CompliancePart Score(int width, int height, string? platform, IReadOnlyList<Finding> elements)
    {
        if (string.IsNullOrWhiteSpace(platform))
        {
            return new CompliancePart("layout", 0.25, 1, "No platform given; layout not checked.");
        }
        if (elements.Count == 0)
        {
            return new CompliancePart("layout", 0.25, 1, "No text or faces found; nothing for the overlays to hide.");
        }
        var zones = SafeZones.For(platform, width, height);
        var covered = new List<string>();
        foreach (var element in elements)
        {
            foreach (var (name, zone) in zones)
            {
                var w = Math.Min(element.Box.Right, zone.Right) - Math.Max(element.Box.X, zone.X);
                var h = Math.Min(element.Box.Bottom, zone.Bottom) - Math.Max(element.Box.Y, zone.Y);
                if (w > 0 && h > 0 && w * h > 0.2f * element.Box.Area)
                {
                    covered.Add($"{(element.Text is null ? element.Label : $"\"{element.Text}\"")} under the {name}");
                    break;
                }
            }
        }
        var reason = covered.Count == 0
            ? $"All {elements.Count} text line(s) and face(s) are clear of {platform}'s overlays."
            : $"{covered.Count} of {elements.Count} element(s) sit under {platform}'s overlays: {string.Join("; ", covered.Take(5))}.";
        return new CompliancePart("layout", 0.25, Math.Round(1 - (double)covered.Count / elements.Count, 4), reason);
    }
}
