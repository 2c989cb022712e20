using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AdFlux.Ledger.Chain;

/// <summary>
/// The per-tenant chain: <c>hash = lower-hex SHA-256 of the UTF-8 canonical JSON</c>
/// (<see cref="CanonicalJson"/>) of the object
/// <c>{causationId, correlationId, eventId, eventType, occurredAt, payload, position,
/// previousHash, recordedAt, sourceService, tenantId}</c>, where ids are lower-case
/// hyphenated GUIDs or null, times are UTC <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c> (PostgreSQL keeps
/// microseconds), and <c>previousHash</c> is the tenant's previous row's hash, 64 zeros for its
/// first. Altering, removing or reordering any row breaks the link at that row.
/// </summary>
public static class LedgerHash
{
    public static readonly string Genesis = new('0', 64);

    public static string Compute(ChainLink link) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalDocument(link))));

    public static string CanonicalDocument(ChainLink link)
    {
        var json = new StringBuilder(512);
        json.Append("{\"causationId\":");
        AppendGuid(json, link.CausationId);
        json.Append(",\"correlationId\":");
        AppendGuid(json, link.CorrelationId);
        json.Append(",\"eventId\":");
        AppendGuid(json, link.EventId);
        json.Append(",\"eventType\":");
        CanonicalJson.WriteString(json, link.EventType);
        json.Append(",\"occurredAt\":");
        AppendTime(json, link.OccurredAt);
        json.Append(",\"payload\":");
        CanonicalJson.Write(json, link.Payload);
        json.Append(",\"position\":").Append(link.Position.ToString(CultureInfo.InvariantCulture));
        json.Append(",\"previousHash\":");
        CanonicalJson.WriteString(json, link.PreviousHash);
        json.Append(",\"recordedAt\":");
        AppendTime(json, link.RecordedAt);
        json.Append(",\"sourceService\":");
        CanonicalJson.WriteString(json, link.SourceService);
        json.Append(",\"tenantId\":");
        AppendGuid(json, link.TenantId);
        json.Append('}');
        return json.ToString();
    }

    /// <summary>PostgreSQL <c>timestamptz</c> keeps microseconds; hashing and storing the same value keeps verify exact.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);

    private static void AppendGuid(StringBuilder json, Guid? id)
    {
        if (id is { } value)
        {
            json.Append('"').Append(value.ToString("D")).Append('"');
        }
        else
        {
            json.Append("null");
        }
    }

    private static void AppendTime(StringBuilder json, DateTimeOffset time) =>
        json.Append('"').Append(ToStoredPrecision(time).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)).Append('"');
}
