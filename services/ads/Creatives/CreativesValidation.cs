using System.Globalization;
using System.Text.Json;
using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Creatives.Variants;

namespace AdFlux.Ads.Creatives;

/// <summary>Field rules of the creative studio's requests, each error keyed by the field it names.</summary>
public static class CreativesValidation
{
    public const int BriefMax = 2000;

    public static Dictionary<string, string[]> Copy(CopyBody body)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Platforms is not { Count: > 0 })
        {
            errors["platforms"] = [$"platforms is required: one or more of {string.Join(", ", CopyLimits.Platforms)}."];
        }
        else if (body.Platforms.FirstOrDefault(p => CopyLimits.For(p) is null) is { } unknown)
        {
            errors["platforms"] = [$"Unknown platform '{unknown}'; use {string.Join(", ", CopyLimits.Platforms)}."];
        }
        else if (body.Platforms.Distinct().Count() != body.Platforms.Count)
        {
            errors["platforms"] = ["platforms names a platform twice."];
        }
        if (string.IsNullOrWhiteSpace(body.Brief))
        {
            errors["brief"] = ["brief is required."];
        }
        else if (body.Brief.Length > BriefMax)
        {
            errors["brief"] = [$"brief has {body.Brief.Length} characters; at most {BriefMax}."];
        }
        if (body.Tone is { Length: > 200 })
        {
            errors["tone"] = ["tone takes at most 200 characters."];
        }
        if (body.BannedWords is { } banned && (banned.Count > 200 || banned.Any(w => string.IsNullOrWhiteSpace(w) || w.Length > 60)))
        {
            errors["bannedWords"] = ["bannedWords takes at most 200 non-empty words of at most 60 characters."];
        }
        if (body.Language is { } language && !IsCulture(language))
        {
            errors["language"] = [$"Unknown language '{language}'; use a BCP 47 tag such as en or es-ES."];
        }
        return errors;
    }

    public static CopyBrief Brief(CopyBody body) =>
        new(body.Platforms!, body.Brief!.Trim(), body.Tone, body.BannedWords ?? [], body.Language ?? "en");

    public static IReadOnlyList<VariantFormat>? Formats(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return VariantFormat.All;
        }
        var formats = new List<VariantFormat>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (VariantFormat.Parse(name) is not { } format)
            {
                errors["formats"] = [$"Unknown format '{name}'; use {string.Join(", ", VariantFormat.All.Select(f => $"{f.Name} ({f.Width}x{f.Height})"))}."];
                return null;
            }
            if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }
        return formats;
    }

    public static IReadOnlyList<RegionOfInterest>? Regions(string? json, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            var regions = JsonSerializer.Deserialize<List<RegionOfInterest>>(json, JsonSerializerOptions.Web) ?? [];
            if (regions.Any(r => r is null || r.Width <= 0 || r.Height <= 0 || !float.IsFinite(r.X) || !float.IsFinite(r.Y)))
            {
                errors["regions"] = ["Every region needs finite x and y and a positive width and height."];
                return null;
            }
            return regions;
        }
        catch (JsonException)
        {
            errors["regions"] = ["regions must be a JSON array of boxes {x, y, width, height} in source pixels, as ml-detection's findings give them."];
            return null;
        }
    }

    public static bool IsCulture(string tag)
    {
        if (tag.Length is < 2 or > 16)
        {
            return false;
        }
        try
        {
            return !CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Equals(CultureInfo.InvariantCulture);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
