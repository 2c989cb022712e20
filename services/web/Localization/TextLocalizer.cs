using System.Globalization;
using Microsoft.Extensions.Localization;

namespace AdFlux.Web.Localization;

/// <summary>The UI's words in English and Spanish (<see cref="Texts"/>), by the request's UI culture.</summary>
public sealed class TextLocalizer : IStringLocalizer<Texts>
{
    /// <summary>Supported cultures; the first is the default.</summary>
    public static readonly string[] Cultures = ["en", "es"];

    public LocalizedString this[string name] => Lookup(name);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = Lookup(name);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => Texts.All.Keys.Select(Lookup);

    private static LocalizedString Lookup(string name) =>
        Texts.All.TryGetValue(name, out var text)
            ? new LocalizedString(name, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es" ? text.Spanish : text.English)
            : new LocalizedString(name, name, resourceNotFound: true);
}
