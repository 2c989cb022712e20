namespace AdFlux.Insights.Comments;

/// <summary>
/// The English and Spanish words and emoji <see cref="CommentLabeler"/> reads. Words are lower
/// case without accents (the labeler folds the text the same way), so "increíble" and
/// "increible" are one entry. A baseline, not a model: the daily reports' language parts go
/// further, and a person can correct any label.
/// </summary>
internal static class CommentLexicon
{
    public static readonly HashSet<string> Positive =
    [
        "good", "great", "amazing", "awesome", "best", "nice", "beautiful", "perfect", "excellent", "incredible", "fantastic",
        "wonderful", "brilliant", "cool", "fire", "epic", "masterpiece", "banger", "talented", "legend", "goat", "vibes",
        "bueno", "buena", "buenisimo", "buenisima", "genial", "increible", "mejor", "excelente", "hermoso", "hermosa", "bonito",
        "bonita", "perfecto", "perfecta", "maravilloso", "maravillosa", "brutal", "temazo", "temardo", "crack", "idolo", "arte",
        "gusta", "espectacular", "precioso", "preciosa", "fantastico", "fantastica", "chido", "bacano", "top",
    ];

    public static readonly HashSet<string> Negative =
    [
        "bad", "worst", "boring", "awful", "terrible", "trash", "ugly", "disappointing", "fake", "horrible", "cringe", "mid",
        "overrated", "annoying", "scam", "waste", "sucks", "hate", "garbage", "lame", "poor", "broken",
        "malo", "mala", "peor", "aburrido", "aburrida", "basura", "feo", "fea", "decepcionante", "falso", "falsa",
        "estafa", "pesimo", "pesima", "asco", "odio", "fatal", "mediocre", "ridiculo", "ridicula", "porqueria",
    ];

    /// <summary>Words that turn the polarity of the next few words: "not good", "no me gusta".</summary>
    public static readonly HashSet<string> Negators = ["not", "no", "never", "dont", "doesnt", "isnt", "wasnt", "cant", "nunca", "ni", "jamas", "tampoco", "nada"];

    public static readonly Dictionary<string, HashSet<string>> EmotionWords = new()
    {
        ["joy"] = ["happy", "glad", "fun", "excited", "yay", "haha", "lol", "lmao", "feliz", "alegre", "contento", "contenta", "emocionado", "emocionada", "divertido", "divertida", "jaja", "jajaja", "jajajaja", "alegria"],
        ["love"] = ["love", "loved", "loving", "adore", "obsessed", "amo", "encanta", "encanto", "amor", "enamorado", "enamorada", "adoro"],
        ["anger"] = ["hate", "angry", "furious", "mad", "disgusting", "scam", "odio", "enojado", "enojada", "enfadado", "enfadada", "furioso", "furiosa", "asco", "estafa", "rabia", "harto", "harta"],
        ["sadness"] = ["sad", "miss", "cry", "crying", "cried", "disappointed", "heartbroken", "triste", "extrano", "lloro", "llorar", "llorando", "decepcion", "decepcionado", "decepcionada", "pena"],
        ["fear"] = ["afraid", "scared", "worried", "fear", "nervous", "anxious", "miedo", "asustado", "asustada", "preocupado", "preocupada", "nervioso", "nerviosa"],
        ["surprise"] = ["wow", "omg", "unexpected", "surprised", "shocked", "whoa", "sorpresa", "guau", "sorprendido", "sorprendida", "impresionante"],
    };

    public static readonly Dictionary<string, string[]> EmotionEmoji = new()
    {
        ["joy"] = ["😂", "🤣", "😄", "😁", "😊", "🎉", "🥳", "😆"],
        ["love"] = ["❤", "😍", "🥰", "💕", "💖", "😘", "💜", "💙", "🫶"],
        ["anger"] = ["😡", "🤬", "😠", "👎"],
        ["sadness"] = ["😢", "😭", "💔", "😞", "😔"],
        ["fear"] = ["😨", "😱", "😰"],
        ["surprise"] = ["😮", "😲", "🤯", "😯"],
    };

    /// <summary>Emoji that praise without naming an emotion.</summary>
    public static readonly string[] PositiveEmoji = ["🔥", "👏", "🙌", "💯", "👍", "⭐"];

    public static readonly HashSet<string> PositiveEmotions = ["joy", "love"];

    public static readonly HashSet<string> NegativeEmotions = ["anger", "sadness", "fear"];

    /// <summary>
    /// How a question starts when its author left out the question mark. Spanish "qué" and "cómo"
    /// open exclamations as often ("qué temazo"), so only "por qué" of those counts.
    /// </summary>
    public static readonly HashSet<string> Interrogatives =
    [
        "how", "what", "when", "where", "why", "who", "which", "can", "could", "will", "would", "do", "does", "did", "is", "are", "any",
        "cuando", "donde", "quien", "quienes", "cual", "cuales", "cuanto", "cuanta", "cuantos", "puedes", "podrias", "habra", "sale",
    ];

    public static readonly HashSet<string> EnglishStopWords = ["the", "and", "is", "you", "this", "it", "to", "of", "my", "so", "what", "how", "i", "in", "that", "are", "for", "with", "your", "song", "when"];

    public static readonly HashSet<string> SpanishStopWords = ["el", "la", "que", "de", "y", "es", "en", "por", "los", "las", "mi", "muy", "una", "un", "lo", "como", "para", "con", "esta", "cancion", "cuando", "tu", "se"];
}
