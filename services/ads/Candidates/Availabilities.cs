namespace AdFlux.Ads.Candidates;

/// <summary>When a candidate can start, soonest first.</summary>
public static class Availabilities
{
    public static readonly IReadOnlyList<string> All = ["immediate", "two_weeks", "one_month", "three_months"];

    public static string Label(string availability) => availability switch
    {
        "immediate" => "available now",
        "two_weeks" => "available in 2 weeks",
        "one_month" => "available in 1 month",
        "three_months" => "available in 3 months",
        _ => availability,
    };
}
