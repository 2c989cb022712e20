using AdFlux.Ads.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Ads.Api.Studio;

/// <summary>
/// Saves a decision, delegation or submission; when another one changed the request first (its
/// revision moved, or the same vote landed twice) answers 409 instead, with nothing saved.
/// </summary>
public static class StudioSave
{
    public static async Task<ProblemHttpResult?> TrySaveAsync(AdsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return StudioProblems.Conflict("The request changed while this was decided; read it again and retry.");
        }
        catch (DbUpdateException error) when (error.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return StudioProblems.Conflict("That vote or delegation was already recorded.");
        }
    }
}
