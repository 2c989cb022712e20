namespace AdFlux.Web.Insights;

/// <summary>A Q10 recommendation and the questions (Q1–Q9) it cites as evidence.</summary>
public sealed record Recommendation(string Text, IReadOnlyList<string> Evidence);
