namespace AdFlux.ServiceDefaults.Money;

/// <summary>
/// Active ISO 4217 currencies and their minor-unit exponents. Budgets are held in minor units;
/// Meta takes them as such and Google in micros (https://www.iso.org/iso-4217-currency-codes.html).
/// </summary>
public static class Currencies
{
    private static readonly Dictionary<string, int> Exponents = Build();

    public static bool IsKnown(string? code) => code is not null && Exponents.ContainsKey(code);

    public static int ExponentOf(string code) => Exponents[code];

    /// <summary>Minor units to the major unit: 1234 USD cents → 12.34; 1234 JPY → 1234.</summary>
    public static decimal MinorToMajor(long minor, string code) => minor / (decimal)Math.Pow(10, ExponentOf(code));

    /// <summary>Minor units to micros of the major unit (Google's <c>amountMicros</c>): 1 USD cent → 10,000 micros; 1 JPY → 1,000,000.</summary>
    public static long MinorToMicros(long minor, string code) => checked(minor * (long)Math.Pow(10, 6 - ExponentOf(code)));

    private static Dictionary<string, int> Build()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        const string two = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CNY COP CRC CUP CVE CZK "
            + "DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR "
            + "LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD "
            + "SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD YER ZAR ZMW ZWG";
        const string zero = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
        const string three = "BHD IQD JOD KWD LYD OMR TND";
        foreach (var code in two.Split(' '))
        {
            table[code] = 2;
        }
        foreach (var code in zero.Split(' '))
        {
            table[code] = 0;
        }
        foreach (var code in three.Split(' '))
        {
            table[code] = 3;
        }
        return table;
    }
}
