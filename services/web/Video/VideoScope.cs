using System.Security.Claims;
using AdFlux.ServiceDefaults.Auth;

namespace AdFlux.Web.Video;

/// <summary>
/// Which client profiles' videos a user may see. Video's API lists the whole tenant's videos, clips and variants
/// to any of its users, so the web app narrows them itself, by the same rule the other services' tenant filter
/// applies (<c>ClaimsTenantContext.ClientProfileScope</c>): admins see all; a viewer only its profiles' videos.
/// </summary>
public static class VideoScope
{
    /// <summary>The profiles a user is limited to; null when it sees the whole tenant.</summary>
    public static IReadOnlySet<Guid>? Of(ClaimsPrincipal user)
    {
        if (user.FindFirstValue(AdFluxClaims.Role) == Roles.Admin)
        {
            return null;
        }
        var ids = user.FindAll(AdFluxClaims.ClientProfileId)
            .Select(claim => Guid.TryParse(claim.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToHashSet();
        return ids.Count == 0 ? null : ids;
    }

    /// <summary>Whether a video of <paramref name="clientProfileId"/> is within <paramref name="scope"/>; one of no profile is the staff's only.</summary>
    public static bool Shows(IReadOnlySet<Guid>? scope, Guid? clientProfileId) =>
        scope is null || clientProfileId is { } id && scope.Contains(id);
}
