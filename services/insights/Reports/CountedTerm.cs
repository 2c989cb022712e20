namespace AdFlux.Insights.Reports;

/// <summary>A hashtag, mention or keyword and how often it occurs.</summary>
public sealed record CountedTerm(string Term, int Count);
