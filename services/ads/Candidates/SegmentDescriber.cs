using System.Globalization;

namespace AdFlux.Ads.Candidates;

/// <summary>
/// A segment in words from its centroid, e.g. "5–8 years, Madrid, Bachelor, react/node, expects
/// 40–50k, available now": the categorical block entries with the highest centroid weight, the skills
/// most of the segment has, and for the numbers the middle half of the members (quartiles), which
/// brackets the centroid's value.
/// </summary>
public static class SegmentDescriber
{
    public static string Describe(CandidateFeatures features, IReadOnlyList<Candidate> members, float[] centroid)
    {
        var years = Quartiles(members.Select(m => m.YearsOfExperience));
        var salary = Quartiles(members.Select(m => (double)m.DesiredSalary));
        var education = EducationLevels.All[ArgMax(centroid, features.EducationStart, EducationLevels.All.Count)];
        var availability = Availabilities.All[ArgMax(centroid, features.AvailabilityStart, Availabilities.All.Count)];
        var location = features.LocationNames[ArgMax(centroid, features.LocationStart, features.LocationNames.Count)];
        // A skill the majority of the segment has weighs more than half the skill weight in the centroid.
        var skills = Enumerable.Range(0, features.Skills.Count)
            .Where(s => centroid[features.SkillStart + s] > features.SkillWeight / 2)
            .OrderByDescending(s => centroid[features.SkillStart + s]).ThenBy(s => s)
            .Take(3).Select(s => features.Skills[s]).ToList();
        var parts = new List<string>
        {
            $"{Range(Math.Floor(years.Low), Math.Ceiling(years.High))} years",
            location == CandidateFeatures.OtherLocation ? "various locations" : location,
            EducationLevels.Label(education),
        };
        if (skills.Count > 0)
        {
            parts.Add(string.Join('/', skills));
        }
        parts.Add($"expects {Range(Math.Floor(salary.Low / 1000), Math.Ceiling(salary.High / 1000))}k");
        parts.Add(Availabilities.Label(availability));
        return string.Join(", ", parts);
    }

    private static string Range(double low, double high) =>
        low == high ? low.ToString(CultureInfo.InvariantCulture) : $"{low.ToString(CultureInfo.InvariantCulture)}–{high.ToString(CultureInfo.InvariantCulture)}";

    private static (double Low, double High) Quartiles(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return (Quantile(sorted, 0.25), Quantile(sorted, 0.75));
    }

    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static int ArgMax(float[] centroid, int start, int count)
    {
        var best = 0;
        for (var i = 1; i < count; i++)
        {
            if (centroid[start + i] > centroid[start + best])
            {
                best = i;
            }
        }
        return best;
    }
}
