using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Money;

namespace AdFlux.Ads.Api;

/// <summary>Field rules for jobs, each error keyed by the JSON field it names.</summary>
public static class JobValidation
{
    public static Dictionary<string, string[]> Job(JobBody body, bool requireClientProfile)
    {
        var errors = new Dictionary<string, string[]>();
        if (requireClientProfile && (body.ClientProfileId is null || body.ClientProfileId == Guid.Empty))
        {
            errors["clientProfileId"] = ["clientProfileId is required."];
        }
        Text(errors, "title", body.Title, 200);
        Text(errors, "description", body.Description, 5000);
        Text(errors, "location", body.Location, 100);
        if (body.SalaryMinMinor is not > 0)
        {
            errors["salaryMinMinor"] = ["salaryMinMinor must be greater than 0 (gross yearly, minor units of the currency)."];
        }
        if (body.SalaryMaxMinor is not > 0)
        {
            errors["salaryMaxMinor"] = ["salaryMaxMinor must be greater than 0 (gross yearly, minor units of the currency)."];
        }
        else if (body.SalaryMinMinor is > 0 && body.SalaryMaxMinor < body.SalaryMinMinor)
        {
            errors["salaryMaxMinor"] = ["salaryMaxMinor must not be below salaryMinMinor."];
        }
        if (!Currencies.IsKnown(body.Currency))
        {
            errors["currency"] = [$"Unknown currency '{body.Currency}'; use an ISO 4217 code such as USD or EUR."];
        }
        if (body.Requirements is { } requirements && (requirements.Count > 50 || requirements.Any(r => string.IsNullOrWhiteSpace(r) || r.Length > 200)))
        {
            errors["requirements"] = ["requirements must be at most 50 lines of 1 to 200 characters."];
        }
        if (body.EmploymentType is null || !EmploymentTypes.All.Contains(body.EmploymentType))
        {
            errors["employmentType"] = [$"employmentType must be one of {string.Join(", ", EmploymentTypes.All)}."];
        }
        return errors;
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
        {
            errors[field] = [$"{field} is required, at most {max} characters."];
        }
    }
}
