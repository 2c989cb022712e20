using System.Text.Json.Nodes;

namespace AdFlux.Insights.Reports;

/// <summary>One of the report's questions: its id (Q1…), title, what the model is asked to read in the numbers, and how the numbers are computed.</summary>
public sealed record ReportQuestion(string Id, string Title, string Asks, Func<ReportInput, JsonObject> Numbers);
