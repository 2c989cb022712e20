using System.Globalization;
using System.Text.RegularExpressions;
using AdFlux.Ads.Creatives.Copy;
using AdFlux.Ads.Studio.Assets;
using AdFlux.Ads.Studio.Requests;
using AdFlux.Ads.Studio.Workflows;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// Field rules for the studio, each error keyed by the JSON field it names. The numeric ranges
/// are the ones ml-detection's compliance endpoint accepts, so a saved brand always scores.
/// </summary>
public static partial class StudioValidation
{
    public static Dictionary<string, string[]> Brand(BrandBody body, bool requireClientProfile, out byte[]? logo, out StudioImage? logoImage)
    {
        var errors = new Dictionary<string, string[]>();
        logo = null;
        logoImage = null;
        if (requireClientProfile && (body.ClientProfileId is null || body.ClientProfileId == Guid.Empty))
        {
            errors["clientProfileId"] = ["clientProfileId is required."];
        }
        Text(errors, "name", body.Name, 200, required: true);
        if (body.Palette is not { Count: > 0 and <= 32 })
        {
            errors["palette"] = ["palette must list 1 to 32 hex colours such as #1DB954."];
        }
        else
        {
            for (var i = 0; i < body.Palette.Count; i++)
            {
                if (body.Palette[i] is null || !HexColour().IsMatch(body.Palette[i]))
                {
                    errors[$"palette[{i}]"] = [$"'{body.Palette[i]}' is not a hex colour such as #1DB954."];
                }
            }
        }
        Range(errors, "paletteTolerance", body.PaletteTolerance, 0.5, 100);
        Range(errors, "minLogoWidthRatio", body.MinLogoWidthRatio, 0.001, 1);
        Range(errors, "minTextHeightRatio", body.MinTextHeightRatio, 0.001, 1);
        Range(errors, "minContrast", body.MinContrast, 1, 21);
        if (body.Logo is not null)
        {
            logo = Base64(errors, "logo", body.Logo);
            if (logo is not null && (logoImage = StudioImage.Read(logo)) is null)
            {
                errors["logo"] = ["logo is not a PNG, JPEG, WebP or GIF image."];
            }
        }
        for (var i = 0; i < (body.SafeZonePlatforms?.Count ?? 0); i++)
        {
            if (!StudioFormats.SafeZonePlatforms.Contains(body.SafeZonePlatforms![i]))
            {
                errors[$"safeZonePlatforms[{i}]"] = [$"Unknown platform '{body.SafeZonePlatforms[i]}'; safe zones are known for {string.Join(", ", StudioFormats.SafeZonePlatforms)}."];
            }
        }
        Text(errors, "toneOfVoice", body.ToneOfVoice, 2000, required: false);
        if (body.BannedWords is { } banned && (banned.Count > 200 || banned.Any(w => string.IsNullOrWhiteSpace(w) || w.Length > 100)))
        {
            errors["bannedWords"] = ["bannedWords must be at most 200 words or phrases of 1 to 100 characters."];
        }
        if (body.ToneRules is { } tone)
        {
            Tone(errors, tone);
        }
        return errors;
    }

    private static void Tone(Dictionary<string, string[]> errors, ToneRules tone)
    {
        if (tone.Formality is not (null or ToneRules.Formal or ToneRules.Informal))
        {
            errors["toneRules.formality"] = [$"formality must be {ToneRules.Formal} (usted) or {ToneRules.Informal} (tú)."];
        }
        if (tone.MaxExclamations is < 0 or > 10)
        {
            errors["toneRules.maxExclamations"] = ["maxExclamations must be between 0 and 10."];
        }
        if (tone.MaxSentenceWords is < 3 or > 100)
        {
            errors["toneRules.maxSentenceWords"] = ["maxSentenceWords must be between 3 and 100."];
        }
        foreach (var (field, phrases) in new[] { ("toneRules.requiredPhrases", tone.RequiredPhrases), ("toneRules.forbiddenPhrases", tone.ForbiddenPhrases) })
        {
            if (phrases is { } list && (list.Count > 20 || list.Any(p => string.IsNullOrWhiteSpace(p) || p.Length > 60)))
            {
                errors[field] = [$"{field[10..]} must be at most 20 phrases of 1 to 60 characters."];
            }
        }
    }

    public static Dictionary<string, string[]> Request(RequestBody body, bool requireClientProfile)
    {
        var errors = new Dictionary<string, string[]>();
        if (requireClientProfile && (body.ClientProfileId is null || body.ClientProfileId == Guid.Empty))
        {
            errors["clientProfileId"] = ["clientProfileId is required."];
        }
        Text(errors, "title", body.Title, 200, required: true);
        Text(errors, "brief", body.Brief, 4000, required: false);
        Members(errors, "platforms", body.Platforms, StudioFormats.Platforms, "platform", required: true);
        Members(errors, "formats", body.Formats, StudioFormats.Formats, "format", required: true);
        Members(errors, "copyNeeds", body.CopyNeeds, StudioFormats.CopyParts, "copy part", required: false);
        if (body.ClipId == Guid.Empty)
        {
            errors["clipId"] = ["clipId must be a video clip's id."];
        }
        return errors;
    }

    public static Dictionary<string, string[]> Workflow(WorkflowBody body)
    {
        var errors = new Dictionary<string, string[]>();
        Text(errors, "name", body.Name, 200, required: true);
        if (body.Steps is not { Count: > 0 and <= 10 })
        {
            errors["steps"] = ["steps must list 1 to 10 steps, in order."];
            return errors;
        }
        for (var i = 0; i < body.Steps.Count; i++)
        {
            var step = body.Steps[i];
            var at = $"steps[{i}]";
            if (step is null)
            {
                errors[at] = ["A step is required."];
                continue;
            }
            Text(errors, at + ".name", step.Name, 200, required: true);
            var users = step.ApproverUserIds ?? [];
            if (users.Count > 50 || users.Any(u => u == Guid.Empty))
            {
                errors[at + ".approverUserIds"] = ["approverUserIds must be at most 50 user ids."];
            }
            if (step.ApproverRole is { } role && role is not (Roles.Admin or Roles.Viewer))
            {
                errors[at + ".approverRole"] = [$"approverRole must be {Roles.Admin} or {Roles.Viewer}."];
            }
            if (users.Count == 0 && step.ApproverRole is null)
            {
                errors[at + ".approverUserIds"] = ["A step needs approvers: approverUserIds, approverRole or both."];
            }
            if (step.Rule is not (ApprovalRule.Any or ApprovalRule.All))
            {
                errors[at + ".rule"] = ["rule must be any or all."];
            }
            else if (step.Rule == ApprovalRule.All && (users.Count == 0 || step.ApproverRole is not null))
            {
                // Identity owns who holds a role; "all" must be a list this service can check off.
                errors[at + ".rule"] = ["rule all needs approverUserIds and no approverRole (everyone named must approve)."];
            }
            Range(errors, at + ".minComplianceScore", step.MinComplianceScore, 0, 1);
            Range(errors, at + ".autoApproveAtScore", step.AutoApproveAtScore, 0, 1);
            if (step.EscalateAfterMinutes is { } minutes && (minutes is < 1 or > 60 * 24 * 60))
            {
                errors[at + ".escalateAfterMinutes"] = ["escalateAfterMinutes must be between 1 and 86400 (60 days)."];
            }
            if ((step.EscalateAfterMinutes is null) != (step.EscalateTo is null) || step.EscalateTo == Guid.Empty)
            {
                errors[at + ".escalateTo"] = ["escalateTo (a user id) and escalateAfterMinutes go together."];
            }
        }
        return errors;
    }

    public static byte[]? Base64(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors[field] = [$"{field} (base64) is required."];
            return null;
        }
        if (value.Length > StudioImage.MaxBytes / 3 * 4 + 4)
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"{field} must be at most {StudioImage.MaxBytes / (1024 * 1024)} MiB.")];
            return null;
        }
        try
        {
            return Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            errors[field] = [$"{field} must be base64."];
            return null;
        }
    }

    public static void Text(Dictionary<string, string[]> errors, string field, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = [$"{field} is required."];
            }
        }
        else if (value.Length > max)
        {
            errors[field] = [$"{field} must be at most {max} characters."];
        }
    }

    private static void Members(Dictionary<string, string[]> errors, string field, IReadOnlyList<string>? values, IReadOnlyList<string> known, string what, bool required)
    {
        if (values is null || values.Count == 0)
        {
            if (required)
            {
                errors[field] = [$"{field} must list at least one {what}: {string.Join(", ", known)}."];
            }
            return;
        }
        for (var i = 0; i < values.Count; i++)
        {
            if (!known.Contains(values[i]))
            {
                errors[$"{field}[{i}]"] = [$"Unknown {what} '{values[i]}'; use one of {string.Join(", ", known)}."];
            }
        }
        if (values.Distinct().Count() != values.Count)
        {
            errors[field] = [$"{field} lists a {what} twice."];
        }
    }

    private static void Range(Dictionary<string, string[]> errors, string field, double? value, double min, double max)
    {
        if (value is { } v && (double.IsNaN(v) || v < min || v > max))
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"{field} must be between {min} and {max}.")];
        }
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
