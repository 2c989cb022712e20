using AdFlux.Ads.Accounts;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Platforms;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>Runs one change on a published campaign's platform with its account's credentials; the platform's refusal becomes problem details.</summary>
public sealed record PlatformCall(AdPlatformRegistry Platforms, AccountCredentials Credentials)
{
    public async Task<ProblemHttpResult?> RunAsync(AdsRequest request, Campaign campaign, Func<IAdPlatform, AccountAccess, Campaign, CancellationToken, Task> change)
    {
        var account = await request.Db.Accounts.FirstOrDefaultAsync(
            a => a.ClientProfileId == campaign.ClientProfileId && a.Platform == campaign.Platform, request.CancellationToken);
        if (account is null)
        {
            return AdsProblems.NoAccount(campaign.Platform);
        }
        try
        {
            await change(Platforms.For(campaign.Platform), new AccountAccess(account, Credentials.Open(account)), campaign, request.CancellationToken);
            return null;
        }
        catch (PlatformException error)
        {
            return AdsProblems.Platform(error);
        }
    }
}
