using System.Text.Json.Nodes;

namespace AdFlux.Insights.Domain;

/// <summary>
/// One of Q1–Q10 in a report: <see cref="Numbers"/> computed from the posts and comments,
/// <see cref="Reading"/> the model's schema-checked answer about them (null when
/// <see cref="Status"/> is <c>failed</c>, with <see cref="Error"/> saying why), and what it cost.
/// </summary>
public sealed class ReportModule
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public required string Id { get; set; }

    public required string Title { get; set; }

    public required string Status { get; set; }

    public required JsonObject Numbers { get; set; }

    public JsonObject? Reading { get; set; }

    public string? Error { get; set; }

    public int Attempts { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokens { get; set; }

    public decimal? Cost { get; set; }
}
