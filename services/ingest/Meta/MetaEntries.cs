using System.Text.Json;

namespace AdFlux.Ingest.Meta;

/// <summary>A Meta delivery's entries, each with the account id it names.</summary>
public sealed record MetaEntries(string Object, IReadOnlyList<(string AccountId, JsonElement Entry)> Entries);
