using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Insights.Domain;

/// <summary>
/// One comment or mention in a client profile's inbox (table <c>inbox_comments</c>), from the
/// Sheets "Comments" tab or a Meta webhook, with its labels: the lexicon's until a person
/// corrects them (<see cref="LabelledBy"/> "person"), after which a repeated delivery never
/// overwrites them.
/// </summary>
public sealed class InboxComment : IClientProfileScoped
{
    public const string ByLexicon = "lexicon";
    public const string ByPerson = "person";

    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>The client profile, or <see cref="SeriesKey.NoClientProfile"/> for an account registered to none.</summary>
    public Guid ClientProfileId { get; set; }

    /// <summary><c>sheets</c> or <c>meta</c>.</summary>
    public required string Source { get; set; }

    /// <summary>
    /// What makes a comment the same one when it arrives again: Meta's comment id, or for a
    /// Sheets row (which has none) a hash of its post URL, author, time and text.
    /// </summary>
    public required string ExternalKey { get; set; }

    public required string Platform { get; set; }

    /// <summary><c>comment</c> or <c>mention</c>.</summary>
    public required string Kind { get; set; }

    public string? PostUrl { get; set; }

    public string? Author { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public required string Sentiment { get; set; }

    public double SentimentScore { get; set; }

    public List<string> Emotions { get; set; } = [];

    public bool IsQuestion { get; set; }

    public required string Language { get; set; }

    public required string LabelledBy { get; set; }

    /// <summary>The user who corrected the labels, when a person did.</summary>
    public string? CorrectedBy { get; set; }

    public DateTimeOffset? CorrectedAt { get; set; }
}
