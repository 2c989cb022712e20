namespace AdFlux.Ads.Domain;

public static class EmploymentTypes
{
    public static readonly IReadOnlyList<string> All = ["full_time", "part_time", "contract", "temporary", "internship"];
}
