namespace AdFlux.ServiceDefaults.AI;

/// <summary>No provider is configured (<see cref="NotConfigured"/>: 503), or the provider failed or answered something unusable (502).</summary>
public sealed class ChatProviderException(string message, bool notConfigured, Exception? inner = null) : Exception(message, inner)
{
    public bool NotConfigured { get; } = notConfigured;
}
