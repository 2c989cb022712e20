using System.Security.Cryptography;
using System.Text;

namespace AdFlux.PlatformSandbox;

/// <summary>Deterministic numbers from names: the same id always shows the same figures, so tests and demos can rely on them.</summary>
public static class Stable
{
    public static long Number(string key, long min, long max)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var value = BitConverter.ToUInt64(hash, 0);
        return min + (long)(value % (ulong)(max - min + 1));
    }

    public static string Token(string prefix, string key) =>
        prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
}
