namespace AdFlux.Ads.Candidates;

/// <summary>The education levels a candidate row may name, lowest first.</summary>
public static class EducationLevels
{
    public static readonly IReadOnlyList<string> All = ["none", "high_school", "vocational", "bachelor", "master", "phd"];

    public static string Label(string level) => level switch
    {
        "none" => "no degree",
        "high_school" => "High school",
        "vocational" => "Vocational",
        "bachelor" => "Bachelor",
        "master" => "Master",
        "phd" => "PhD",
        _ => level,
    };
}
