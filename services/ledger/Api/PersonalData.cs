using System.Text.Json.Nodes;

namespace AdFlux.Ledger.Api;

/// <summary>
/// Personal data in recorded payloads (a user's email address, phone number) is shown to
/// admins only; a viewer sees the event with those values blanked (GDPR art. 5(1)(c), data
/// minimisation). The stored row and its hash are untouched.
/// </summary>
public static class PersonalData
{
    private static readonly string[] Suffixes = ["email", "phone", "phonenumber", "ipaddress"];

    public static bool IsPersonal(string propertyName) =>
        Suffixes.Any(suffix => propertyName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <returns>The payload without personal values, and whether any was removed.</returns>
    public static (JsonNode? Payload, bool Redacted) Redact(string payloadJson)
    {
        var root = JsonNode.Parse(payloadJson);
        var redacted = Blank(root);
        return (root, redacted);
    }

    private static bool Blank(JsonNode? node)
    {
        var redacted = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(property => property.Key).ToList())
                {
                    if (IsPersonal(name) && obj[name] is not null)
                    {
                        obj[name] = null;
                        redacted = true;
                    }
                    else
                    {
                        redacted |= Blank(obj[name]);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    redacted |= Blank(item);
                }
                break;
        }
        return redacted;
    }
}
