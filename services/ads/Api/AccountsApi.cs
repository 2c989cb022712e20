using System.Text.RegularExpressions;
using AdFlux.Ads.Accounts;
using AdFlux.Ads.Domain;
using AdFlux.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ads.Api;

/// <summary>Client profiles' ad accounts on Meta and Google Ads, with their credentials sealed at rest.</summary>
public static partial class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ads/accounts").WithTags("Ad accounts").RequireAuthorization();
        group.MapPut("/", PutAsync).RequireAuthorization(Policies.Admin)
            .WithName("PutAdAccount").WithSummary("Registers or replaces a client profile's ad account and credentials on one platform");
        group.MapGet("/", ListAsync)
            .WithName("ListAdAccounts").WithSummary("The caller's ad accounts (without credentials)");
        return app;
    }

    public static async Task<Results<Ok<AccountResponse>, ValidationProblem>> PutAsync(
        AccountBody body, AccountCredentials sealer, ClientProfileOwnership profiles, [AsParameters] AdsRequest request)
    {
        var errors = Validate(body, out var accountId, out var loginCustomerId);
        if (errors.Count == 0 && !await profiles.BelongsToCallerAsync(body.ClientProfileId!.Value, request.CancellationToken))
        {
            errors["clientProfileId"] = ["No such client profile in your tenant."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var now = request.Clock.GetUtcNow();
        var account = await request.Db.Accounts.FirstOrDefaultAsync(
            a => a.ClientProfileId == body.ClientProfileId && a.Platform == body.Platform, request.CancellationToken);
        if (account is null)
        {
            account = new AdAccount
            {
                Id = Guid.CreateVersion7(),
                TenantId = request.TenantId,
                ClientProfileId = body.ClientProfileId!.Value,
                Platform = body.Platform!,
                AccountId = accountId,
                ProtectedCredentials = [],
                CreatedAt = now,
            };
            request.Db.Accounts.Add(account);
        }
        account.AccountId = accountId;
        account.PageId = body.PageId;
        account.LoginCustomerId = loginCustomerId;
        account.UpdatedAt = now;
        account.ProtectedCredentials = sealer.Seal(account,
            new PlatformCredentials(body.AccessToken, body.RefreshToken, body.ClientId, body.ClientSecret, body.DeveloperToken));
        await request.Db.SaveChangesAsync(request.CancellationToken);
        return TypedResults.Ok(AccountResponse.From(account));
    }

    public static async Task<Ok<IReadOnlyList<AccountResponse>>> ListAsync([AsParameters] AdsRequest request)
    {
        var rows = await request.Db.Accounts.AsNoTracking().OrderBy(a => a.CreatedAt).ToListAsync(request.CancellationToken);
        return TypedResults.Ok<IReadOnlyList<AccountResponse>>(rows.Select(AccountResponse.From).ToList());
    }

    private static Dictionary<string, string[]> Validate(AccountBody body, out string accountId, out string? loginCustomerId)
    {
        var errors = new Dictionary<string, string[]>();
        accountId = "";
        loginCustomerId = null;
        if (body.ClientProfileId is null || body.ClientProfileId == Guid.Empty)
        {
            errors["clientProfileId"] = ["clientProfileId is required."];
        }
        switch (body.Platform)
        {
            case AdPlatforms.Meta:
                accountId = body.AccountId?.Trim().Replace("act_", "", StringComparison.Ordinal) ?? "";
                if (!Digits().IsMatch(accountId))
                {
                    errors["accountId"] = ["accountId must be a Meta ad account id (act_ followed by digits)."];
                }
                Required(errors, "accessToken", body.AccessToken);
                Required(errors, "pageId", body.PageId);
                break;
            case AdPlatforms.Google:
                accountId = body.AccountId?.Trim().Replace("-", "", StringComparison.Ordinal) ?? "";
                if (!GoogleCustomer().IsMatch(accountId))
                {
                    errors["accountId"] = ["accountId must be a Google Ads customer id (10 digits, dashes allowed)."];
                }
                if (body.LoginCustomerId is { } login)
                {
                    loginCustomerId = login.Trim().Replace("-", "", StringComparison.Ordinal);
                    if (!GoogleCustomer().IsMatch(loginCustomerId))
                    {
                        errors["loginCustomerId"] = ["loginCustomerId must be a Google Ads manager customer id (10 digits)."];
                    }
                }
                Required(errors, "refreshToken", body.RefreshToken);
                Required(errors, "clientId", body.ClientId);
                Required(errors, "clientSecret", body.ClientSecret);
                Required(errors, "developerToken", body.DeveloperToken);
                break;
            default:
                errors["platform"] = [$"Unknown platform '{body.Platform}'; use one of {string.Join(", ", AdPlatforms.All)}."];
                break;
        }
        return errors;
    }

    private static void Required(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 4000)
        {
            errors[field] = [$"{field} is required (at most 4000 characters)."];
        }
    }

    [GeneratedRegex("^[0-9]{1,30}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[0-9]{10}$")]
    private static partial Regex GoogleCustomer();
}
