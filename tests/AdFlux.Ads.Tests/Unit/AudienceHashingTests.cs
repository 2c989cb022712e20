using AdFlux.Ads.Candidates;

namespace AdFlux.Ads.Tests.Unit;

/// <summary>Against the examples Meta publishes with its customer-information parameters (em and ph).</summary>
public sealed class AudienceHashingTests
{
    private const string MetaEmailHash = "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f";
    private const string MetaPhoneHash = "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176";

    [Theory]
    [InlineData("John_Smith@gmail.com")]
    [InlineData("  JOHN_SMITH@gmail.com \t")]
    public void Emails_are_trimmed_lower_cased_and_hashed_as_Meta_shows(string input)
    {
        Assert.Equal("john_smith@gmail.com", AudienceHashing.NormalizeEmail(input));
        Assert.Equal(MetaEmailHash, AudienceHashing.HashEmail(input));
    }

    [Theory]
    [InlineData("(650)555-1212")]
    [InlineData("650.555.1212")]
    [InlineData("+1 (650) 555-1212")]
    [InlineData("001 650 555 1212")]
    public void US_phones_become_digits_with_country_code_and_hash_as_Meta_shows(string input)
    {
        Assert.Equal("16505551212", AudienceHashing.NormalizePhone(input, "1"));
        Assert.Equal(MetaPhoneHash, AudienceHashing.HashPhone(input, "1"));
    }

    [Fact]
    public void International_numbers_keep_their_own_country_code_and_national_ones_lose_trunk_zeros()
    {
        Assert.Equal("34600111222", AudienceHashing.NormalizePhone("+34 600 111 222", "1"));
        Assert.Equal("447700900123", AudienceHashing.NormalizePhone("07700 900123", "44"));
        Assert.Null(AudienceHashing.NormalizePhone(" - ", "1"));
        Assert.Null(AudienceHashing.HashEmail("   "));
    }

    [Fact]
    public void A_segment_becomes_hashed_rows_with_no_raw_contact_and_no_repeats()
    {
        Candidate Member(string? email, string? phone) => new()
        {
            Location = "Madrid", EducationLevel = "bachelor", Availability = "immediate", Email = email, Phone = phone,
        };
        var rows = AudienceHashing.Rows(
            [Member("John_Smith@gmail.com", "(650)555-1212"), Member(" john_smith@gmail.com", "+1 650 555 1212"), Member(null, null), Member(null, "650-555-1212")], "1");
        Assert.Equal(2, rows.Count);
        Assert.Equal([MetaEmailHash, MetaPhoneHash], rows[0]);
        Assert.Equal(["", MetaPhoneHash], rows[1]);
        Assert.DoesNotContain(rows.SelectMany(r => r), v => v.Contains('@') || v.Contains("555", StringComparison.Ordinal));
    }
}
