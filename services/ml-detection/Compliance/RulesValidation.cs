using System.Globalization;
using SkiaSharp;

namespace AdFlux.MlDetection.Compliance;

/// <summary>Checks a brand's rules, naming each bad field under <c>rules.</c>; the palette comes back parsed.</summary>
public static class RulesValidation
{
    public static List<SKColor> Validate(ComplianceRules rules, Dictionary<string, string[]> errors)
    {
        var palette = new List<SKColor>();
        for (var i = 0; i < (rules.Palette?.Count ?? 0); i++)
        {
            if (SKColor.TryParse(rules.Palette![i], out var colour))
            {
                palette.Add(colour);
            }
            else
            {
                errors[$"rules.palette[{i}]"] = ["A palette colour is a hex colour such as #1DB954."];
            }
        }
        Check(rules.MaxDeltaE, 0.5, 100, "rules.maxDeltaE", errors);
        Check(rules.MinLogoWidthRatio, 0.001, 1, "rules.minLogoWidthRatio", errors);
        Check(rules.MinTextHeightRatio, 0.001, 1, "rules.minTextHeightRatio", errors);
        Check(rules.MinContrast, 1, 21, "rules.minContrast", errors);
        if (rules.Platform is { } platform && !SafeZones.Overlays.ContainsKey(platform))
        {
            errors["rules.platform"] = [$"platform must be one of {string.Join(", ", SafeZones.Overlays.Keys)}."];
        }
        if (rules.Logo is not null && rules.LogoImageId is not null)
        {
            errors["rules.logoImageId"] = ["Send the logo as rules.logo or name it by rules.logoImageId, not both."];
        }
        return palette;
    }

    private static void Check(double? value, double min, double max, string field, Dictionary<string, string[]> errors)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"{field} must be between {min} and {max}.")];
        }
    }
}
