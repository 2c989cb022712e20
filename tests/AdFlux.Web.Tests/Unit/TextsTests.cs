using System.Text.RegularExpressions;
using AdFlux.Testing;
using AdFlux.Web.Localization;

namespace AdFlux.Web.Tests.Unit;

public sealed partial class TextsTests
{
    [Fact]
    public void Every_text_a_page_asks_for_exists_in_english_and_spanish()
    {
        var components = Path.Combine(RepositoryPaths.Root, "services", "web", "Components");
        var asked = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => TextKey().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(asked.Count > 40, $"only {asked.Count} texts found: is the pattern still right?");
        Assert.DoesNotContain(asked, key => !Texts.All.ContainsKey(key));
        Assert.All(Texts.All, text => Assert.False(
            string.IsNullOrWhiteSpace(text.Value.English) || string.IsNullOrWhiteSpace(text.Value.Spanish) || text.Value.English == text.Value.Spanish,
            $"{text.Key} lacks a translation"));
    }

    [Fact]
    public void The_ui_culture_picks_the_language_and_an_unknown_key_says_so()
    {
        var localizer = new TextLocalizer();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new("es-ES");
            Assert.Equal("Vista de cliente", localizer["ClientView"].Value);
            System.Globalization.CultureInfo.CurrentUICulture = new("en-GB");
            Assert.Equal("Client view", localizer["ClientView"].Value);
            Assert.True(localizer["NoSuchText"].ResourceNotFound);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }

    [GeneratedRegex("""L\["(\w+)"\]""")]
    private static partial Regex TextKey();
}
