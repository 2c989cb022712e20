using System.Text.Json;
using AdFlux.Video.Domain;
using AdFlux.Video.Rules;

namespace AdFlux.Video.Api;

public sealed record RulesProposalResponse(
    Guid Id, string Platform, IReadOnlyDictionary<string, string> Rules, string Reason, int SampleSize, IReadOnlyList<DimensionRanking> Rankings, DateTimeOffset CreatedAt)
{
    public static RulesProposalResponse From(RulesProposal p) => new(
        p.Id, p.Platform, JsonSerializer.Deserialize<Dictionary<string, string>>(p.RulesJson)!, p.Reason, p.SampleSize,
        JsonSerializer.Deserialize<List<DimensionRanking>>(p.RankingsJson, JsonSerializerOptions.Web)!, p.CreatedAt);
}
