using System.Text.Json.Nodes;
using AdFlux.Insights.Reports;

namespace AdFlux.Insights.Tests.Unit;

public sealed class ReadingSchemasTests
{
    [Theory]
    [InlineData("""{"summary":"Fans love the chorus.","highlights":["60% positive"]}""", 0)]
    [InlineData("""{"summary":"","highlights":[]}""", 1)]
    [InlineData("""{"highlights":["a"]}""", 1)]
    [InlineData("""{"summary":"ok","highlights":["1","2","3","4","5","6"]}""", 1)]
    [InlineData("""{"summary":"ok","highlights":[3]}""", 1)]
    [InlineData("""["summary"]""", 1)]
    public void A_reading_needs_a_summary_and_at_most_five_highlights(string json, int violations) =>
        Assert.Equal(violations, ReadingSchemas.Violations("Q1", JsonNode.Parse(json)).Count);

    [Theory]
    [InlineData("""{"recommendations":[{"text":"Post reels at 20:00","evidence":["Q3","Q4"]}]}""", 0)]
    [InlineData("""{"recommendations":[]}""", 1)]
    [InlineData("""{"recommendations":[{"text":"Post more","evidence":[]}]}""", 1)]
    [InlineData("""{"recommendations":[{"text":"Post more","evidence":["Q10"]}]}""", 1)]
    [InlineData("""{"recommendations":[{"text":"","evidence":["Q1"]}]}""", 1)]
    public void Recommendations_cite_only_q1_to_q9(string json, int violations) =>
        Assert.Equal(violations, ReadingSchemas.Violations("Q10", JsonNode.Parse(json)).Count);
}
