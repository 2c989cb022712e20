using System.Net;

namespace AdFlux.Insights.Webhooks;

/// <summary>
/// Addresses a webhook must not reach unless configuration allows it: this host, private and
/// shared networks, link-local (cloud metadata at 169.254.169.254), unique-local, multicast and
/// reserved ranges (RFC 6890's special-purpose registry), IPv4 inside IPv6 judged as IPv4.
/// </summary>
public static class PrivateAddresses
{
    private static readonly IPNetwork[] Blocked =
    [
        IPNetwork.Parse("0.0.0.0/8"),
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("224.0.0.0/4"),
        IPNetwork.Parse("240.0.0.0/4"),
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("fec0::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && IsNat64(address, out var embedded))
        {
            address = embedded;
        }
        return Blocked.Any(network => network.BaseAddress.AddressFamily == address.AddressFamily && network.Contains(address));
    }

    // 64:ff9b::/96 carries an IPv4 address in its last 32 bits (RFC 6052).
    private static bool IsNat64(IPAddress address, out IPAddress embedded)
    {
        var bytes = address.GetAddressBytes();
        var nat64 = bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes[4..12].All(b => b == 0);
        embedded = nat64 ? new IPAddress(bytes[12..]) : address;
        return nat64;
    }
}
