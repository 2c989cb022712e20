namespace AdFlux.Web.Identity;

/// <summary>The only answer that carries the key itself.</summary>
public sealed record CreatedApiKey(Guid Id, string Name, string Key, string Prefix, string Role);
