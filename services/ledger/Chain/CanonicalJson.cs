using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AdFlux.Ledger.Chain;

/// <summary>
/// The one byte form of a JSON value the chain hashes, modelled on RFC 8785 (JSON
/// Canonicalization Scheme, https://www.rfc-editor.org/rfc/rfc8785) so that a value read back
/// from PostgreSQL's <c>jsonb</c> (which reorders keys, drops whitespace and rewrites
/// numbers) hashes exactly like the value that was written:
/// <list type="bullet">
/// <item>no whitespace; object members sorted by key in UTF-16 code-unit order (ordinal); array order kept;</item>
/// <item>strings escape only <c>"</c>, <c>\</c> and control characters (<c>\b \t \n \f \r</c>, else <c>\u00xx</c> lower-case hex); everything else is raw UTF-8;</item>
/// <item>numbers as plain decimals without exponent, trailing fraction zeros or a plus sign
/// (<c>1.50</c>, <c>15e-1</c> → <c>1.5</c>; <c>-0</c> → <c>0</c>); a number beyond decimal's range uses the
/// round-trip double form (<c>1E+300</c>);</item>
/// <item><c>true</c>, <c>false</c>, <c>null</c> as is; duplicate keys are not allowed.</item>
/// </list>
/// </summary>
public static class CanonicalJson
{
    public static string Serialize(JsonElement element)
    {
        var builder = new StringBuilder(256);
        Write(builder, element);
        return builder.ToString();
    }

    public static byte[] SerializeToUtf8(JsonElement element) => Encoding.UTF8.GetBytes(Serialize(element));

    /// <summary>Appends the canonical form of <paramref name="element"/>.</summary>
    public static void Write(StringBuilder output, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(output, element);
                break;
            case JsonValueKind.Array:
                output.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        output.Append(',');
                    }
                    first = false;
                    Write(output, item);
                }
                output.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(output, element.GetString()!);
                break;
            case JsonValueKind.Number:
                output.Append(NormalizeNumber(element.GetRawText()));
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            case JsonValueKind.Null:
                output.Append("null");
                break;
            default:
                throw new ArgumentException($"Cannot canonicalise a JSON {element.ValueKind}.", nameof(element));
        }
    }

    private static void WriteObject(StringBuilder output, JsonElement element)
    {
        var members = new List<JsonProperty>();
        foreach (var property in element.EnumerateObject())
        {
            members.Add(property);
        }
        members.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        output.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (string.Equals(members[i].Name, members[i - 1].Name, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Duplicate key '{members[i].Name}' has no canonical form.", nameof(element));
                }
                output.Append(',');
            }
            WriteString(output, members[i].Name);
            output.Append(':');
            Write(output, members[i].Value);
        }
        output.Append('}');
    }

    /// <summary>Appends <paramref name="value"/> as a canonical JSON string.</summary>
    public static void WriteString(StringBuilder output, string value)
    {
        output.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\t': output.Append("\\t"); break;
                case '\n': output.Append("\\n"); break;
                case '\f': output.Append("\\f"); break;
                case '\r': output.Append("\\r"); break;
                case < ' ': output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: output.Append(c); break;
            }
        }
        output.Append('"');
    }

    public static string NormalizeNumber(string raw)
    {
        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            // Dividing by 1.000…0 drops trailing fraction zeros; decimal never prints an exponent.
            var normalized = value / 1.0000000000000000000000000000m;
            return normalized == 0 ? "0" : normalized.ToString(CultureInfo.InvariantCulture);
        }
        return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
    }
}
