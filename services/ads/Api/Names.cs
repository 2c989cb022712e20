namespace AdFlux.Ads.Api;

/// <summary>Enum values as the API spells them: lower case, no separators (<c>adset</c>, <c>lifetime</c>).</summary>
public static class Names
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text is not null && text == text.ToLowerInvariant() && Enum.TryParse(text, ignoreCase: true, out value) && !int.TryParse(text, out _);
    }
}
