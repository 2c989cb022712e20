using System.Security.Cryptography;
using AdFlux.Ads.Accounts;
using AdFlux.Ads.Data;
using AdFlux.Ads.Domain;
using AdFlux.Ads.Platforms;
using AdFlux.Ads.Platforms.Meta;
using AdFlux.Contracts.Ads;
using AdFlux.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.Ads.Candidates;

/// <summary>
/// Makes a segment a Meta custom audience: the audience is created once (its id stored before any
/// user is sent; a lost reply is found again by the segment's marker in the audience's name), then the
/// members' emails and phones go up only as SHA-256 hashes (<see cref="AudienceHashing"/>) in batches of
/// one upload session. A finished upload is not repeated; an interrupted one is sent again, whole, in a
/// new session into the same audience (Meta deduplicates the users of an audience).
/// </summary>
public sealed class SegmentAudienceUploader(
    AdsDbContext db, AccountCredentials credentials, MetaAdsClient meta, IOptions<AudienceOptions> options, TimeProvider clock)
{
    /// <summary>Meta's multi-key schema for pre-hashed emails and phones.</summary>
    public static readonly IReadOnlyList<string> Schema = ["EMAIL_SHA256", "PHONE_SHA256"];

    /// <summary>False, with nothing sent, when no member has an email or a phone.</summary>
    public async Task<bool> UploadAsync(CandidateSegment segment, AdAccount account, string phoneCountryCode, CancellationToken cancellationToken)
    {
        if (segment.AudienceStatus == AudienceStatuses.Uploaded)
        {
            return true;
        }
        var members = await db.Candidates.AsNoTracking().Where(c => segment.MemberIds.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var rows = AudienceHashing.Rows(members, phoneCountryCode);
        if (rows.Count == 0)
        {
            return false;
        }
        var access = new AccountAccess(account, credentials.Open(account));
        if (segment.MetaAudienceId is null)
        {
            var marker = MetaPlatform.Marker(segment.Id);
            segment.MetaAudienceId = await meta.FindByNameAsync(access, "customaudiences", marker, cancellationToken)
                ?? await meta.CreateAsync(access, "customaudiences", new Dictionary<string, string>
                {
                    ["name"] = $"Segment {segment.Number} {marker}",
                    ["subtype"] = "CUSTOM",
                    ["description"] = segment.Description,
                    // Candidates gave their contacts to the advertiser directly.
                    ["customer_file_source"] = "USER_PROVIDED_ONLY",
                }, cancellationToken);
            segment.AudienceStatus = AudienceStatuses.Uploading;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        var size = Math.Clamp(options.Value.BatchSize, 1, AudienceOptions.MetaMaxBatch);
        var batches = rows.Chunk(size).ToList();
        var sessionId = RandomNumberGenerator.GetInt32(1, int.MaxValue) * 1_000_000L + RandomNumberGenerator.GetInt32(0, 1_000_000);
        var received = 0;
        for (var i = 0; i < batches.Count; i++)
        {
            received += await meta.AddUsersAsync(access, segment.MetaAudienceId, Schema, batches[i],
                new AudienceSession(sessionId, i + 1, i == batches.Count - 1, rows.Count), cancellationToken);
        }
        var now = clock.GetUtcNow();
        segment.AudienceStatus = AudienceStatuses.Uploaded;
        segment.AudienceRows = received;
        segment.AudienceUploadedAt = now;
        db.AddEvent(new CandidateAudienceUploaded(Guid.NewGuid(), segment.TenantId, now, segment.ClientProfileId, segment.Id,
            AdPlatforms.Meta, segment.MetaAudienceId, received), clock);
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }
}
