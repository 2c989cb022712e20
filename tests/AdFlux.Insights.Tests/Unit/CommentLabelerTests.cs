using AdFlux.Insights.Comments;

namespace AdFlux.Insights.Tests.Unit;

public sealed class CommentLabelerTests
{
    [Theory]
    [InlineData("This song is amazing, best video of the year", "positive", "en")]
    [InlineData("Qué temazo, increíble el videoclip 🔥🔥", "positive", "es")]
    [InlineData("Boring and overrated, the worst one so far", "negative", "en")]
    [InlineData("Es una canción aburrida, qué decepción", "negative", "es")]
    [InlineData("Posted at the studio today", "neutral", "en")]
    [InlineData("Madrid 2026 📸", "neutral", "und")]
    public void Sentiment_and_language_come_from_the_lexicon(string text, string sentiment, string language)
    {
        var labels = CommentLabeler.Label(text);
        Assert.Equal((sentiment, language), (labels.Sentiment, labels.Language));
    }

    [Theory]
    [InlineData("This is not good at all")]
    [InlineData("No es bueno, la verdad")]
    public void A_negator_turns_the_words_after_it(string text) =>
        Assert.Equal(Sentiments.Negative, CommentLabeler.Label(text).Sentiment);

    [Fact]
    public void A_negator_reaches_three_words_only() =>
        Assert.Equal(Sentiments.Positive, CommentLabeler.Label("no way, I think this is amazing").Sentiment);

    [Fact]
    public void Emotions_come_from_words_and_emoji_in_both_languages()
    {
        Assert.Equal(["love"], CommentLabeler.Label("I love this so much").Emotions);
        Assert.Equal(["joy", "love"], CommentLabeler.Label("Me encanta 😂").Emotions);
        Assert.Equal(["anger"], CommentLabeler.Label("esto es una estafa 😡").Emotions);
        Assert.Equal(["sadness"], CommentLabeler.Label("💔💔").Emotions);
        Assert.Equal(Sentiments.Negative, CommentLabeler.Label("💔💔").Sentiment);
    }

    [Theory]
    [InlineData("When is the tour coming to Madrid", true)]
    [InlineData("¿Cuándo sale el álbum", true)]
    [InlineData("por que borraste el video", true)]
    [InlineData("is it on spotify?", true)]
    [InlineData("What a song", false)]
    [InlineData("Qué bonito", false)]
    [InlineData("Great show", false)]
    public void Questions_are_told_by_their_mark_or_first_word(string text, bool question) =>
        Assert.Equal(question, CommentLabeler.Label(text).IsQuestion);

    [Fact]
    public void The_score_stays_within_minus_one_and_one()
    {
        Assert.Equal(1, CommentLabeler.Label("amazing amazing 🔥").Score);
        Assert.Equal(-1, CommentLabeler.Label("trash, horrible").Score);
        Assert.Equal(0, CommentLabeler.Label("").Score);
    }

    [Fact]
    public void Words_fold_case_accents_and_apostrophes() =>
        Assert.Equal(["dont", "cancion", "increible", "extrano"], CommentLabeler.Words("Don't ¡CANCIÓN! increíble, extraño"));
}
