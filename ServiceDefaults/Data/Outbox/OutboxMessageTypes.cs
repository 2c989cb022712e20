using System.Collections.Concurrent;
using System.Text.Json;

namespace AdFlux.ServiceDefaults.Outbox;

/// <summary>How outbox rows name and serialise their message types.</summary>
public static class OutboxMessageTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Resolved = new(StringComparer.Ordinal);

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Full name plus assembly name, without version, so a redeploy still resolves it.</summary>
    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type? Resolve(string name) => Resolved.GetOrAdd(name, static n => Type.GetType(n, throwOnError: false));
}
