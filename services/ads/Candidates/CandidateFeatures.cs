namespace AdFlux.Ads.Candidates;

/// <summary>
/// Candidates as feature vectors: years of experience and desired salary min-max scaled to [0, 1];
/// education, availability and location one-hot; the most common skills multi-hot. One-hot blocks
/// are scaled by √½ so two different categories lie 1 apart, as far as the two ends of a numeric
/// range; the skills block is scaled down by the mean skill count so a long skill list does not
/// outweigh the other features.
/// </summary>
public sealed class CandidateFeatures
{
    public const int TopLocations = 12;
    public const int TopSkills = 20;
    public const string OtherLocation = "other";
    private static readonly float OneHot = (float)Math.Sqrt(0.5);

    private CandidateFeatures(IReadOnlyList<Candidate> candidates)
    {
        YearsMin = candidates.Min(c => c.YearsOfExperience);
        YearsMax = candidates.Max(c => c.YearsOfExperience);
        SalaryMin = candidates.Min(c => c.DesiredSalary);
        SalaryMax = candidates.Max(c => c.DesiredSalary);
        Locations = [.. candidates.GroupBy(c => c.Location, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(TopLocations).Select(g => g.First().Location)];
        Skills = [.. candidates.SelectMany(c => c.Skills).GroupBy(s => s)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(TopSkills).Select(g => g.Key)];
        var meanSkills = Math.Max(1, candidates.Average(c => c.Skills.Count(Skills.Contains)));
        SkillWeight = (float)Math.Sqrt(0.5 / meanSkills);
        LocationNames = [.. Locations, OtherLocation];
    }

    public double YearsMin { get; }

    public double YearsMax { get; }

    public long SalaryMin { get; }

    public long SalaryMax { get; }

    public IReadOnlyList<string> Locations { get; }

    /// <summary>The location block's categories: the top locations, then <see cref="OtherLocation"/>.</summary>
    public IReadOnlyList<string> LocationNames { get; }

    public IReadOnlyList<string> Skills { get; }

    public float SkillWeight { get; }

    // Layout: [years, salary, education…, availability…, location…, skills…]
    public int EducationStart => 2;

    public int AvailabilityStart => EducationStart + EducationLevels.All.Count;

    public int LocationStart => AvailabilityStart + Availabilities.All.Count;

    public int SkillStart => LocationStart + LocationNames.Count;

    public int Dimension => SkillStart + Skills.Count;

    public static CandidateFeatures Fit(IReadOnlyList<Candidate> candidates) =>
        candidates.Count == 0 ? throw new ArgumentException("No candidates to fit.", nameof(candidates)) : new(candidates);

    public float[] Encode(Candidate candidate)
    {
        var vector = new float[Dimension];
        vector[0] = Scale(candidate.YearsOfExperience, YearsMin, YearsMax);
        vector[1] = Scale(candidate.DesiredSalary, SalaryMin, SalaryMax);
        vector[EducationStart + IndexOf(EducationLevels.All, candidate.EducationLevel)] = OneHot;
        vector[AvailabilityStart + IndexOf(Availabilities.All, candidate.Availability)] = OneHot;
        var location = Locations.ToList().FindIndex(l => string.Equals(l, candidate.Location, StringComparison.OrdinalIgnoreCase));
        vector[LocationStart + (location < 0 ? Locations.Count : location)] = OneHot;
        for (var s = 0; s < Skills.Count; s++)
        {
            if (candidate.Skills.Contains(Skills[s]))
            {
                vector[SkillStart + s] = SkillWeight;
            }
        }
        return vector;
    }

    public double Years(float scaled) => YearsMin + scaled * (YearsMax - YearsMin);

    public double Salary(float scaled) => SalaryMin + scaled * (double)(SalaryMax - SalaryMin);

    private static float Scale(double value, double min, double max) => max > min ? (float)((value - min) / (max - min)) : 0f;

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }
        throw new ArgumentException($"Unknown value '{value}'.", nameof(value));
    }
}
