namespace AdFlux.Ads.Tests;

/// <summary>Job bodies for the jobs API.</summary>
public static class JobCalls
{
    public static object Job(Guid clientProfile, string title = "Backend engineer", long min = 4_000_000, long max = 5_500_000, string currency = "EUR",
        string employmentType = "full_time") => new
        {
            clientProfileId = clientProfile,
            title,
            description = "Build the APIs behind our ticketing platform.",
            location = "Madrid",
            salaryMinMinor = min,
            salaryMaxMinor = max,
            currency,
            requirements = new[] { "3+ years of C#", "PostgreSQL" },
            employmentType,
        };

    /// <summary>An ad set as a job ad must have it: every age from 18 to 65+.</summary>
    public static object OpenAdSet(int ageMin = 18, int ageMax = 65) => new
    {
        name = "Spain, all ages",
        locations = new[] { "ES" },
        ageMin,
        ageMax,
        interests = new[] { "Software engineering" },
    };
}
