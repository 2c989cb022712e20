using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace AdFlux.Ads.Tests.Creatives;

/// <summary>The sandbox's chat endpoint is generic: any JSON schema gets a conforming, deterministic answer (insights reuses it for its reports).</summary>
public sealed class SandboxChatSchemaTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly JsonNode Schema = JsonNode.Parse("""
        {
          "type": "object",
          "properties": {
            "title": { "type": "string", "maxLength": 24 },
            "score": { "type": "integer", "minimum": 3, "maximum": 7 },
            "trend": { "type": "string", "enum": ["up", "down", "flat"] },
            "note": { "type": ["string", "null"] },
            "items": { "type": "array", "minItems": 2, "maxItems": 4, "items": { "$ref": "#/$defs/item" } }
          },
          "required": ["title", "score", "trend", "items"],
          "$defs": { "item": { "type": "object", "properties": { "name": { "type": "string", "maxLength": 12 }, "share": { "type": "number", "minimum": 0, "maximum": 1 } } } }
        }
        """)!;

    private async Task<JsonObject> AskAsync(string prompt)
    {
        using var client = fixture.NewHttpClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "sk-anything");
        var response = await client.PostAsJsonAsync("/v1/chat/completions", new
        {
            model = "gpt-4o-mini",
            messages = new object[] { new { role = "system", content = "Report." }, new { role = "user", content = prompt } },
            response_format = new { type = "json_schema", json_schema = new { name = "report", schema = Schema } },
        });
        response.EnsureSuccessStatusCode();
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_json_schema_answer_conforms_to_the_schema_and_repeats_for_the_same_prompt()
    {
        var reply = await AskAsync("Streams grew in Madrid and Lisbon after the festival weekend");
        var again = await AskAsync("Streams grew in Madrid and Lisbon after the festival weekend");
        var content = JsonNode.Parse(reply["choices"]![0]!["message"]!["content"]!.GetValue<string>())!;

        Assert.Equal("adflux-sandbox", reply["model"]!.GetValue<string>());
        Assert.True(reply["usage"]!["prompt_tokens"]!.GetValue<int>() > 0);
        Assert.InRange(content["title"]!.GetValue<string>().Length, 1, 24);
        Assert.InRange(content["score"]!.GetValue<int>(), 3, 7);
        Assert.Contains(content["trend"]!.GetValue<string>(), new[] { "up", "down", "flat" });
        var items = content["items"]!.AsArray();
        Assert.InRange(items.Count, 2, 4);
        Assert.All(items, item =>
        {
            Assert.InRange(item!["name"]!.GetValue<string>().Length, 1, 12);
            Assert.InRange(item["share"]!.GetValue<double>(), 0, 1);
        });
        Assert.Equal(reply["choices"]![0]!["message"]!["content"]!.GetValue<string>(), again["choices"]![0]!["message"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_an_api_key_the_sandbox_answers_401_like_openai()
    {
        using var client = fixture.NewHttpClient();
        var response = await client.PostAsJsonAsync("/v1/chat/completions", new { model = "m", messages = new[] { new { role = "user", content = "hi" } } });

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_api_key", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
    }
}
