using System.Text.Json;
using AdFlux.Ledger.Chain;

namespace AdFlux.Ledger.Tests;

public sealed class CanonicalJsonTests
{
    private static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        return CanonicalJson.Serialize(document.RootElement);
    }

    [Fact]
    public void Keys_are_sorted_by_code_unit_at_every_level_and_whitespace_is_dropped() =>
        Assert.Equal("""{"A":1,"a":{"x":[3,{"b":1,"c":2}],"y":null},"b":true}""",
            Canonical("""{ "b": true, "a": { "y": null, "x": [ 3, { "c": 2, "b": 1 } ] }, "A": 1 }"""));

    [Theory]
    [InlineData("1.50", "1.5")]
    [InlineData("15e-1", "1.5")]
    [InlineData("1E2", "100")]
    [InlineData("-0", "0")]
    [InlineData("0.000", "0")]
    [InlineData("-12.3400", "-12.34")]
    [InlineData("1e300", "1E+300")]
    public void Numbers_that_are_equal_have_one_form(string raw, string canonical) =>
        Assert.Equal(canonical, Canonical(raw));

    [Fact]
    public void Strings_escape_only_quotes_backslashes_and_control_characters() =>
        Assert.Equal("\"q\\\"b\\\\n\\n\\u0001é€😀/<>\"", Canonical("\"q\\\"b\\\\n\\n\\u0001\\u00e9€😀\\/<>\""));

    [Fact]
    public void Duplicate_keys_have_no_canonical_form() =>
        Assert.Throws<ArgumentException>(() => Canonical("""{"a":1,"a":2}"""));

    [Fact]
    public void Differently_written_equal_documents_canonicalise_identically() =>
        Assert.Equal(
            Canonical("""{"n":1.0,"s":"\u0041","o":{"z":1,"y":2}}"""),
            Canonical("""{"o":{"y":2,"z":1.00},"s":"A","n":1}"""));
}
