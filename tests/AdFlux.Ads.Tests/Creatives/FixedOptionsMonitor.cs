using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Tests.Creatives;

/// <summary>One options value under every name, for a class built by hand without a host.</summary>
public sealed class FixedOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;

    public T Get(string? name) => value;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
