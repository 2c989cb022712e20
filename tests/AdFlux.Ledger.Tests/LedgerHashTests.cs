using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AdFlux.Ledger.Chain;

namespace AdFlux.Ledger.Tests;

public sealed class LedgerHashTests
{
    private static readonly Guid Tenant = Guid.Parse("11111111-2222-3333-4444-555555555555");
    private static readonly Guid Event = Guid.Parse("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    private static readonly DateTimeOffset Occurred = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(2));

    private static ChainLink Link(string payload = """{"b":2,"a":1}""", string previous = "", long position = 1) =>
        new(Tenant, position, Event, "AdFlux.Contracts.Video.VideoUploaded", "video", null, Event,
            Occurred.AddTicks(1234560), Occurred.AddSeconds(1), JsonDocument.Parse(payload).RootElement,
            previous == "" ? LedgerHash.Genesis : previous);

    [Fact]
    public void The_hash_is_sha256_of_the_documented_canonical_document()
    {
        var expectedDocument =
            "{\"causationId\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\",\"correlationId\":null," +
            "\"eventId\":\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\",\"eventType\":\"AdFlux.Contracts.Video.VideoUploaded\"," +
            "\"occurredAt\":\"2026-11-22T08:00:00.123456Z\",\"payload\":{\"a\":1,\"b\":2},\"position\":1," +
            $"\"previousHash\":\"{new string('0', 64)}\",\"recordedAt\":\"2026-11-22T08:00:01.000000Z\"," +
            "\"sourceService\":\"video\",\"tenantId\":\"11111111-2222-3333-4444-555555555555\"}";

        Assert.Equal(expectedDocument, LedgerHash.CanonicalDocument(Link()));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expectedDocument))), LedgerHash.Compute(Link()));
    }

    [Fact]
    public void Any_changed_field_or_predecessor_changes_the_hash()
    {
        var original = LedgerHash.Compute(Link());
        var variants = new[]
        {
            Link(payload: """{"b":3,"a":1}"""),
            Link(previous: new string('1', 64)),
            Link(position: 2),
            Link() with { SourceService = "ads" },
            Link() with { CorrelationId = Guid.NewGuid() },
            Link() with { RecordedAt = Occurred.AddSeconds(2) },
            Link() with { TenantId = Guid.NewGuid() },
        };

        Assert.All(variants, v => Assert.NotEqual(original, LedgerHash.Compute(v)));
    }

    [Fact]
    public void Sub_microsecond_time_differences_are_not_part_of_the_hash_because_postgresql_does_not_keep_them() =>
        Assert.Equal(LedgerHash.Compute(Link()), LedgerHash.Compute(Link() with { OccurredAt = Link().OccurredAt.AddTicks(3) }));
}
