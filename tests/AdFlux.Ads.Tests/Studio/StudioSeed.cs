using System.Net;
using AdFlux.Ads.Api.Studio;
using AdFlux.Identity.Api.ClientProfiles;
using AdFlux.Identity.Api.Users;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace AdFlux.Ads.Tests.Studio;

/// <summary>
/// The studio's resources of one matrix tenant, in both client profiles: a brand, a draft request
/// with a scored asset, requests in review at a step every named approver (the admin, the viewer
/// and a third user) must approve, drafts to move and submit, an approved request on the campaign,
/// and spare client profiles for creating and deleting brands.
/// </summary>
public static class StudioSeed
{
    public static async Task SeedAsync(MatrixSeed seed, AdsWorld world)
    {
        await world.MlReadyAsync();
        var admin = Guid.Parse(new JsonWebToken(seed.AdminToken).Subject);
        var viewer = Guid.Parse(seed.Resources["user"]);
        using var identity = seed.Services.GetRequiredService<IHttpClientFactory>().CreateClient(IdentityClient.Name);
        var third = (await NewUserAsync(identity, seed.AdminToken)).Id;
        var client = seed.Client;
        var token = seed.AdminToken;
        var review = await StudioCalls.CreateWorkflowAsync(client, token, StudioCalls.Step("all", [admin, viewer, third]));
        var auto = await StudioCalls.CreateWorkflowAsync(client, token, StudioCalls.Step("any", [admin], auto: 0.5));
        seed.Resources["workflow"] = review.Id.ToString();
        seed.Resources["thirdApprover"] = third.ToString();
        seed.Resources["spareProfile"] = (await NewClientProfileAsync(seed, "Spare")).ToString();
        var doomedProfile = await NewClientProfileAsync(seed, "Doomed");
        seed.Resources["doomedBrand"] = (await StudioCalls.CreateBrandAsync(client, token, doomedProfile)).Id.ToString();
        foreach (var (profile, names) in new[] { (seed.ClientProfile, seed.Resources), (seed.OtherClientProfile, seed.OutOfScope) })
        {
            var campaign = Guid.Parse(names["campaign"]);
            names["brand"] = (await StudioCalls.CreateBrandAsync(client, token, profile)).Id.ToString();
            var draft = await StudioCalls.CreateRequestAsync(client, token, profile, campaign);
            names["studioRequest"] = draft.Id.ToString();
            names["asset"] = (await StudioCalls.UploadAsync(client, token, draft.Id, BrandImages.OnBrand())).Id.ToString();
            var rendered = await Drafts.ExpectAsync<AssetVariantsResponse>(client, HttpMethod.Post, $"/api/ads/studio/assets/{names["asset"]}/variants", token,
                new { formats = new[] { "square" } }, HttpStatusCode.OK);
            names["variantAsset"] = rendered.AssetId.ToString();
            names["reviewRequest"] = (await InReviewAsync(client, token, profile, review.Id)).ToString();
            names["delegableRequest"] = (await InReviewAsync(client, token, profile, review.Id)).ToString();
            names["linkRequest"] = (await InReviewAsync(client, token, profile, review.Id)).ToString();
            names["movableRequest"] = (await StudioCalls.CreateRequestAsync(client, token, profile)).Id.ToString();
            names["submittableRequest"] = (await StudioCalls.CreateRequestAsync(client, token, profile)).Id.ToString();
            var approved = await StudioCalls.CreateRequestAsync(client, token, profile, campaign);
            await StudioCalls.UploadAsync(client, token, approved.Id, BrandImages.OnBrand());
            Assert.Equal("approved", (await StudioCalls.SubmitAsync(client, token, approved.Id, auto.Id)).Status);
            names["approvedRequest"] = approved.Id.ToString();
        }
    }

    private static async Task<Guid> InReviewAsync(HttpClient client, string token, Guid profile, Guid workflow)
    {
        var request = await StudioCalls.CreateRequestAsync(client, token, profile);
        var submitted = await StudioCalls.SubmitAsync(client, token, request.Id, workflow);
        Assert.Equal("in_review", submitted.Status);
        return request.Id;
    }

    public static Task<UserResponse> NewUserAsync(HttpClient identity, string adminToken) =>
        Drafts.ExpectAsync<UserResponse>(identity, HttpMethod.Post, "/api/identity/users", adminToken,
            new { email = $"approver-{Guid.NewGuid():N}@studio.test", password = MatrixTenants.Password, role = Roles.Viewer }, HttpStatusCode.Created);

    private static async Task<Guid> NewClientProfileAsync(MatrixSeed seed, string name)
    {
        using var identity = seed.Services.GetRequiredService<IHttpClientFactory>().CreateClient(IdentityClient.Name);
        var created = await Drafts.ExpectAsync<ClientProfileResponse>(identity, HttpMethod.Post, "/api/identity/client-profiles", seed.AdminToken,
            new { name = $"{name} {Guid.NewGuid():N}"[..30] }, HttpStatusCode.Created);
        return created.Id;
    }
}
