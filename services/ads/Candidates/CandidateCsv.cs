using System.Globalization;
using System.Net.Mail;

namespace AdFlux.Ads.Candidates;

/// <summary>
/// Reads a candidates CSV: a header naming the columns (any order, case-insensitive), then one
/// candidate per row. Every bad value is reported as <c>rows[N].column</c> (N the 1-based data
/// row), so a file is either stored whole or refused whole with each fault named.
/// </summary>
public static class CandidateCsv
{
    public const int MaxRows = 100_000;

    public static readonly IReadOnlyList<string> Required =
        ["skills", "years_of_experience", "location", "education_level", "desired_salary", "availability"];

    public static readonly IReadOnlyList<string> Optional = ["email", "phone"];

    public static (List<CandidateRow> Rows, Dictionary<string, string[]> Errors) Read(string text)
    {
        var errors = new Dictionary<string, string[]>();
        var table = CsvTable.Parse(text);
        if (table.Count == 0)
        {
            errors["file"] = ["The CSV is empty; send a header row and one row per candidate."];
            return ([], errors);
        }
        var header = table[0].Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        var unknown = header.Where(h => !Required.Contains(h) && !Optional.Contains(h)).ToList();
        if (missing.Count > 0 || unknown.Count > 0 || header.Distinct().Count() != header.Length)
        {
            errors["header"] = [$"The header must name each of {string.Join(", ", Required)} once (optionally {string.Join(", ", Optional)})"
                + (missing.Count > 0 ? $"; missing: {string.Join(", ", missing)}" : "")
                + (unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}" : "") + "."];
            return ([], errors);
        }
        if (table.Count == 1)
        {
            errors["file"] = ["The CSV has a header but no candidate rows."];
            return ([], errors);
        }
        if (table.Count - 1 > MaxRows)
        {
            errors["file"] = [$"At most {MaxRows} candidates per import."];
            return ([], errors);
        }
        var index = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        var rows = new List<CandidateRow>(table.Count - 1);
        for (var r = 1; r < table.Count; r++)
        {
            if (ReadRow(r, table[r], index, errors) is { } row)
            {
                rows.Add(row);
            }
        }
        return (rows, errors);
    }

    private static CandidateRow? ReadRow(int row, string[] cells, Dictionary<string, int> index, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        if (cells.Length != index.Count)
        {
            errors[$"rows[{row}]"] = [$"Row {row} has {cells.Length} fields; the header names {index.Count}."];
            return null;
        }
        string Cell(string column) => cells[index[column]].Trim();
        void Fail(string column, string message) => errors[$"rows[{row}].{column}"] = [$"Row {row}, {column}: {message}"];

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
        string? email = index.ContainsKey("email") && Cell("email") is { Length: > 0 } e ? e : null;
        if (email is not null && (email.Length > 320 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            Fail("email", "an email address.");
        }
        string? phone = index.ContainsKey("phone") && Cell("phone") is { Length: > 0 } p ? p : null;
        if (phone is not null && (phone.Length > 32 || phone.Count(char.IsAsciiDigit) is < 7 or > 15 || phone.Any(ch => !char.IsAsciiDigit(ch) && ch is not ('+' or ' ' or '-' or '(' or ')' or '.'))))
        {
            Fail("phone", "a phone number with country code, 7 to 15 digits.");
        }
        return errors.Count > before ? null
            : new CandidateRow(row, skills, years, location, education, salary, availability, email, phone);
    }
}
