using AdFlux.Ingest.Domain;

namespace AdFlux.Ingest.Api;

public sealed record MetaAccountResponse(Guid Id, string AccountId, string Kind, Guid ClientProfileId, DateTimeOffset CreatedAt)
{
    public static MetaAccountResponse From(MetaAccount account) =>
        new(account.Id, account.AccountId, account.Kind, account.ClientProfileId, account.CreatedAt);
}
