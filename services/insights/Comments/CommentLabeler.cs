using System.Globalization;
using System.Text;

namespace AdFlux.Insights.Comments;

/// <summary>
/// Labels a comment from the English and Spanish lexicon: each polar word counts +1 or −1 (turned
/// by a negator up to three words before it), an emotion word or emoji names its emotion and
/// counts with the emotion's polarity, praise emoji count +1. The score is the sum over the number
/// of counted words, so it lies in [−1, 1]; above 0.1 is positive, below −0.1 negative.
/// </summary>
public static class CommentLabeler
{
    private const double PolarityThreshold = 0.1;
    private const int NegationReach = 3;

    public static CommentLabels Label(string text)
    {
        var words = Words(text);
        var emotions = new SortedSet<string>(StringComparer.Ordinal);
        double sum = 0;
        var counted = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var polarity = PolarityOf(words[i], emotions);
            if (polarity == 0)
            {
                continue;
            }
            counted++;
            sum += Negated(words, i) ? -polarity : polarity;
        }
        foreach (var (emotion, emoji) in CommentLexicon.EmotionEmoji)
        {
            var hits = emoji.Sum(e => Occurrences(text, e));
            if (hits > 0)
            {
                emotions.Add(emotion);
                counted += hits;
                sum += hits * EmotionPolarity(emotion);
            }
        }
        var praise = CommentLexicon.PositiveEmoji.Sum(e => Occurrences(text, e));
        counted += praise;
        sum += praise;

        var score = counted == 0 ? 0 : Math.Round(sum / counted, 3);
        var sentiment = score > PolarityThreshold ? Sentiments.Positive : score < -PolarityThreshold ? Sentiments.Negative : Sentiments.Neutral;
        return new CommentLabels(sentiment, score, [.. emotions], IsQuestion(text, words), LanguageOf(words));
    }

    /// <summary>Lower-case words with accents folded ("Increíble!!" → "increible"); apostrophes dropped ("don't" → "dont").</summary>
    public static List<string> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '’' && current.Length > 0)
            {
                continue;
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }

    private static int PolarityOf(string word, ISet<string> emotions)
    {
        var polarity = CommentLexicon.Positive.Contains(word) ? 1 : CommentLexicon.Negative.Contains(word) ? -1 : 0;
        foreach (var (emotion, lexicon) in CommentLexicon.EmotionWords)
        {
            if (lexicon.Contains(word))
            {
                emotions.Add(emotion);
                polarity = polarity != 0 ? polarity : EmotionPolarity(emotion);
            }
        }
        return polarity;
    }

    private static int EmotionPolarity(string emotion) =>
        CommentLexicon.PositiveEmotions.Contains(emotion) ? 1 : CommentLexicon.NegativeEmotions.Contains(emotion) ? -1 : 0;

    private static bool Negated(List<string> words, int index)
    {
        for (var i = Math.Max(0, index - NegationReach); i < index; i++)
        {
            if (CommentLexicon.Negators.Contains(words[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsQuestion(string text, List<string> words)
    {
        if (text.Contains('?') || text.Contains('¿'))
        {
            return true;
        }
        if (words.Count < 2)
        {
            return false;
        }
        if (words[0] == "por" && words[1] == "que")
        {
            return true;
        }
        // "What a song" exclaims; "what time is the show" asks.
        return CommentLexicon.Interrogatives.Contains(words[0]) && !(words[0] == "what" && words[1] is "a" or "an");
    }

    private static string LanguageOf(List<string> words)
    {
        var english = words.Count(CommentLexicon.EnglishStopWords.Contains);
        var spanish = words.Count(CommentLexicon.SpanishStopWords.Contains);
        return english > spanish ? "en" : spanish > english ? "es" : "und";
    }

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static int Occurrences(string text, string emoji)
    {
        var count = 0;
        for (var at = text.IndexOf(emoji, StringComparison.Ordinal); at >= 0; at = text.IndexOf(emoji, at + emoji.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
