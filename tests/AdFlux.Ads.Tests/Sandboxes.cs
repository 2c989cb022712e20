namespace AdFlux.Ads.Tests;

/// <summary>Fresh platform account ids, so each test's sandbox counters are its own.</summary>
public static class Sandboxes
{
    public static string NewMetaAccount() => Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string NewGoogleCustomer() => Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
