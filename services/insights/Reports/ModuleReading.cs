using System.Text.Json.Nodes;

namespace AdFlux.Insights.Reports;

/// <summary>What the model answered for one module: the schema-checked reading, or why there is none; attempts, tokens and the model it named.</summary>
public sealed record ModuleReading(JsonObject? Reading, string? Error, int Attempts, long InputTokens, long OutputTokens, string? ModelId);
