using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdFlux.Insights.Reports;

internal static class ReportJson
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static JsonObject Of(object value) => (JsonObject)JsonSerializer.SerializeToNode(value, Web)!;

    public static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
