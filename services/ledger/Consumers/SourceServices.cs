using System.Text;

namespace AdFlux.Ledger.Consumers;

/// <summary>For messages without the source header: contracts are grouped by owning service (<c>AdFlux.Contracts.MlDetection</c> → <c>ml-detection</c>).</summary>
public static class SourceServices
{
    public static string FromContractNamespace(Type eventType)
    {
        var segment = eventType.Namespace?.Split('.').LastOrDefault() ?? "unknown";
        var name = new StringBuilder();
        foreach (var c in segment)
        {
            if (char.IsUpper(c) && name.Length > 0)
            {
                name.Append('-');
            }
            name.Append(char.ToLowerInvariant(c));
        }
        return name.ToString();
    }
}
