using AdFlux.Ads.Creatives.Copy;

namespace AdFlux.Ads.Tests.Creatives;

public sealed class ToneCheckTests
{
    private static IReadOnlyList<string> Check(string headline, string text, ToneRules rules, string language = "es") =>
        ToneCheck.Violations(new CopyDraft(headline, text, "learn_more"), rules, language);

    [Fact]
    public void A_formal_brand_flags_tu_forms_in_spanish_and_names_them()
    {
        var reasons = Check("Tu nuevo disco", "Te esperamos en el concierto.", new ToneRules(Formality: ToneRules.Formal));

        Assert.Equal(2, reasons.Count);
        Assert.Contains("tone: headline uses 'Tu'; the brand addresses the reader as usted (formal).", reasons);
        Assert.Contains("tone: primaryText uses 'Te'; the brand addresses the reader as usted (formal).", reasons);
    }

    [Fact]
    public void An_informal_brand_flags_usted_and_accepts_tu()
    {
        Assert.Single(Check("Para usted", "Escucha el disco.", new ToneRules(Formality: ToneRules.Informal)));
        Assert.Empty(Check("Para ti", "Tú eliges la canción.", new ToneRules(Formality: ToneRules.Informal)));
    }

    [Fact]
    public void Formality_is_a_spanish_rule_and_does_not_judge_english_copy()
    {
        Assert.Empty(Check("Te amo", "Tu tour", new ToneRules(Formality: ToneRules.Formal), language: "en"));
        // A word that merely contains a pronoun is not one.
        Assert.Empty(Check("Teatro y tuba", "Temas nuevos.", new ToneRules(Formality: ToneRules.Formal)));
    }

    [Fact]
    public void Exclamation_marks_over_the_brands_count_are_flagged_per_field()
    {
        var reasons = Check("¡Ya está aquí!", "Nuevo single.", new ToneRules(MaxExclamations: 0));

        Assert.Equal(["tone: headline has 2 exclamation marks; the brand allows 0."], reasons);
        Assert.Empty(Check("Ya está aquí!", "Nuevo single!", new ToneRules(MaxExclamations: 1)));
    }

    [Fact]
    public void Emoji_are_flagged_only_when_the_brand_forbids_them()
    {
        Assert.Equal(["tone: primaryText uses emoji (🎸🔥); the brand allows none."], Check("Live", "Tonight 🎸🔥 live", new ToneRules(EmojiAllowed: false)));
        Assert.Empty(Check("Live", "Tonight 🎸 live", new ToneRules(EmojiAllowed: true)));
        Assert.Empty(Check("Live", "Tonight – café © live", new ToneRules(EmojiAllowed: false)));
    }

    [Fact]
    public void A_sentence_longer_than_the_brands_maximum_is_quoted()
    {
        var reasons = Check("Short one.", "Two words. This sentence has far too many words for the brand. Fine.", new ToneRules(MaxSentenceWords: 6));

        Assert.Equal(["tone: primaryText has a sentence of 10 words (\"This sentence has far too many words for the brand\"); the brand allows 6."], reasons);
    }

    [Fact]
    public void Required_phrases_must_appear_in_some_field_and_forbidden_ones_in_none()
    {
        var rules = new ToneRules(RequiredPhrases: ["new single", "#NightDrive"], ForbiddenPhrases: ["limited time"]);

        var reasons = Check("The NEW SINGLE is out", "Limited time: stream it.", rules, "en");

        Assert.Equal(2, reasons.Count);
        Assert.Contains("tone: primaryText uses the forbidden phrase 'limited time'.", reasons);
        Assert.Contains("tone: neither headline nor primaryText carries the required phrase '#NightDrive'.", reasons);
        Assert.Empty(Check("New single", "Stream #NightDrive now.", rules, "en"));
    }

    [Fact]
    public void No_rules_pass_everything() =>
        Assert.Empty(Check("¡¡¡Tú!!! 🎸", "Usted", ToneRules.None));
}
