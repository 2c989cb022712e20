using System.Globalization;
using System.Net.Mail;

namespace AdFlux.Ads.Candidates;

/// <summary>
/// The checks of one candidate, whatever it came in (a CSV row, an element of a JSON array): each
/// column read as text, every bad value reported, a valid row returned only when all are good.
/// </summary>
public static class CandidateRowReader
{
    /// <param name="row">The candidate's 1-based position in its import.</param>
    /// <param name="cell">A column's text ("" when absent).</param>
    /// <param name="fail">Records a bad value of a column (the caller names where it is).</param>
    public static CandidateRow? Read(int row, Func<string, string> cell, Action<string, string> fail)
    {
        var failed = false;
        string Cell(string column) => cell(column).Trim();
        void Fail(string column, string message)
        {
            failed = true;
            fail(column, message);
        }

        var skills = Cell("skills").Split([';', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.ToLowerInvariant()).Distinct().ToList();
        if (skills.Count is 0 or > 50 || skills.Any(s => s.Length > 60))
        {
            Fail("skills", "list 1 to 50 skills of at most 60 characters, separated by ';'.");
        }
        if (!double.TryParse(Cell("years_of_experience"), NumberStyles.Float, CultureInfo.InvariantCulture, out var years) || years is < 0 or > 70 || !double.IsFinite(years))
        {
            Fail("years_of_experience", "a number of years between 0 and 70.");
        }
        var location = Cell("location");
        if (location.Length is 0 or > 100)
        {
            Fail("location", "required, at most 100 characters.");
        }
        var education = Cell("education_level").ToLowerInvariant();
        if (!EducationLevels.All.Contains(education))
        {
            Fail("education_level", $"one of {string.Join(", ", EducationLevels.All)}.");
        }
        if (!long.TryParse(Cell("desired_salary"), NumberStyles.None, CultureInfo.InvariantCulture, out var salary) || salary is <= 0 or > 100_000_000)
        {
            Fail("desired_salary", "a whole yearly amount greater than 0.");
        }
        var availability = Cell("availability").ToLowerInvariant();
        if (!Availabilities.All.Contains(availability))
        {
            Fail("availability", $"one of {string.Join(", ", Availabilities.All)}.");
        }
        string? email = Cell("email") is { Length: > 0 } e ? e : null;
        if (email is not null && (email.Length > 320 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            Fail("email", "an email address.");
        }
        string? phone = Cell("phone") is { Length: > 0 } p ? p : null;
        if (phone is not null && (phone.Length > 32 || phone.Count(char.IsAsciiDigit) is < 7 or > 15 || phone.Any(ch => !char.IsAsciiDigit(ch) && ch is not ('+' or ' ' or '-' or '(' or ')' or '.'))))
        {
            Fail("phone", "a phone number with country code, 7 to 15 digits.");
        }
        return failed ? null
            : new CandidateRow(row, skills, years, location, education, salary, availability, email, phone);
    }
}
