using System.Text.Json.Nodes;

namespace AdFlux.Gateway.OpenApi;

/// <summary>The error responses the gateway itself (or every service behind it) can answer, as OpenAPI response objects.</summary>
public static class GatewayResponses
{
    public const string ProblemSchema = "ProblemDetails";

    public static readonly (string Status, string Description) Unauthorized =
        ("401", "No valid access token or API key.");

    public static readonly (string Status, string Description) Forbidden =
        ("403", "The caller's role or client-profile scope does not allow this.");

    public static readonly (string Status, string Description) NotFound =
        ("404", "No such resource in the caller's tenant.");

    public static readonly (string Status, string Description) TooLarge =
        ("413", "The body is larger than the gateway accepts.");

    public static readonly (string Status, string Description) TooManyRequests =
        ("429", "The client's or tenant's rate limit is used up; retry after Retry-After seconds.");

    /// <summary>Adds the response unless the service documented that status itself.</summary>
    public static void AddTo(JsonObject responses, (string Status, string Description) response)
    {
        if (responses.ContainsKey(response.Status))
        {
            return;
        }
        var documented = new JsonObject
        {
            ["description"] = response.Description,
            ["content"] = new JsonObject
            {
                ["application/problem+json"] = new JsonObject
                {
                    ["schema"] = new JsonObject { ["$ref"] = $"#/components/schemas/{ProblemSchema}" },
                },
            },
        };
        if (response.Status == TooManyRequests.Status)
        {
            documented["headers"] = new JsonObject
            {
                ["Retry-After"] = new JsonObject
                {
                    ["description"] = "Seconds until the rate-limit window reopens (RFC 9110 §10.2.3).",
                    ["schema"] = new JsonObject { ["type"] = "integer" },
                },
            };
        }
        responses[response.Status] = documented;
    }

    /// <summary>RFC 9457 problem details, unless the service's document already defines the schema.</summary>
    public static void AddProblemSchema(JsonObject document)
    {
        var schemas = ChildObject(ChildObject(document, "components"), "schemas");
        if (schemas.ContainsKey(ProblemSchema))
        {
            return;
        }
        schemas[ProblemSchema] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "RFC 9457 problem details.",
            ["properties"] = new JsonObject
            {
                ["type"] = new JsonObject { ["type"] = new JsonArray("null", "string") },
                ["title"] = new JsonObject { ["type"] = new JsonArray("null", "string") },
                ["status"] = new JsonObject { ["type"] = new JsonArray("null", "integer") },
                ["detail"] = new JsonObject { ["type"] = new JsonArray("null", "string") },
                ["instance"] = new JsonObject { ["type"] = new JsonArray("null", "string") },
            },
        };
    }

    private static JsonObject ChildObject(JsonObject parent, string name)
    {
        if (parent[name] is not JsonObject child)
        {
            child = [];
            parent[name] = child;
        }
        return child;
    }
}
