using System.Security.Claims;
using AdFlux.ServiceDefaults.Auth;
using AdFlux.Web.Video;

namespace AdFlux.Web.Tests.Unit;

public sealed class VideoScopeTests
{
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    [Fact]
    public void A_viewer_sees_only_its_profiles_videos_and_none_without_a_profile()
    {
        var scope = VideoScope.Of(User(Roles.Viewer, First));

        Assert.True(VideoScope.Shows(scope, First));
        Assert.False(VideoScope.Shows(scope, Second));
        Assert.False(VideoScope.Shows(scope, null));
    }

    [Fact]
    public void An_admin_sees_every_video_of_the_tenant()
    {
        var scope = VideoScope.Of(User(Roles.Admin, First));

        Assert.Null(scope);
        Assert.True(VideoScope.Shows(scope, Second));
        Assert.True(VideoScope.Shows(scope, null));
    }

    private static ClaimsPrincipal User(string role, params Guid[] profiles) =>
        new(new ClaimsIdentity(
            [new Claim(AdFluxClaims.Role, role), .. profiles.Select(id => new Claim(AdFluxClaims.ClientProfileId, id.ToString()))], "test"));
}
