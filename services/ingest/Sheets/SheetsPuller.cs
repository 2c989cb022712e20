using System.Security.Cryptography;
using System.Text.Json;
using AdFlux.Contracts.Ingest;
using AdFlux.Ingest.Data;
using AdFlux.Ingest.Domain;
using AdFlux.Ingest.Platforms;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.ServiceDefaults.Secrets;
using AdFlux.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace AdFlux.Ingest.Sheets;

/// <summary>
/// Seed 004 §2.2: reads a client profile's "Posts" and "Comments" tabs and delivers only what is newer
/// than the last successful pull (posts by <c>created_at</c>, keyed by <c>post_url</c>; comments by
/// <c>created_at</c>) as one <see cref="SocialPostsIngested"/>, in the same transaction that moves the
/// watermarks. Bad rows are skipped and reported row by row; the good ones are kept. Pulls of one source
/// are serialised (a transaction-scoped advisory lock), so two instances never deliver a post twice.
/// </summary>
public sealed class SheetsPuller(IngestDbContext db, SheetsClient sheets, SecretProtector protector, TimeProvider clock, ILogger<SheetsPuller> logger)
{
    public const string CredentialPurpose = "sheets-credential";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string CredentialRefused = "credential_refused";

    public async Task<SheetsPullReport> PullAsync(Guid sourceId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(sourceId)})", cancellationToken);
        var source = await db.SheetsSources.IgnoreQueryFilters([TenantQueryFilters.Tenant, TenantQueryFilters.ClientScope])
            .SingleAsync(s => s.Id == sourceId, cancellationToken);
        var report = await ReadAsync(source, cancellationToken);
        source.LastPullAt = clock.GetUtcNow();
        source.LastOutcome = report.Outcome;
        source.LastError = report.Error is { Length: > 2000 } long_ ? long_[..2000] : report.Error;
        source.LastRowErrors = JsonSerializer.Serialize(report.SkippedRows, OutboxMessageTypes.Json);
        if (report.Outcome == CredentialRefused && source.CredentialRefusedAt is null)
        {
            // Reported once: scheduled pulls wait for a new key (PUT …/credential) instead of retrying.
            logger.LogWarning("The service-account key of spreadsheet source {SourceId} was refused and needs replacing: {Error}", sourceId, source.LastError);
            (source.CredentialRefusedAt, source.CredentialError) = (source.LastPullAt, source.LastError);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Sheets pull of {SourceId}: {Outcome}, {Posts} posts, {Comments} comments, {Skipped} rows skipped",
            sourceId, report.Outcome, report.Posts, report.Comments, report.SkippedRows.Count);
        return report;
    }

    private async Task<SheetsPullReport> ReadAsync(SheetsSource source, CancellationToken cancellationToken)
    {
        SheetValues posts, comments;
        try
        {
            var account = GoogleServiceAccount.FromJson(protector.Unprotect(source.Credential, CredentialPurpose));
            posts = await sheets.GetValuesAsync(account, source.SpreadsheetId, SheetRows.PostsTab, cancellationToken);
            comments = await sheets.GetValuesAsync(account, source.SpreadsheetId, SheetRows.CommentsTab, cancellationToken);
        }
        catch (PlatformCredentialException ex)
        {
            return new SheetsPullReport(CredentialRefused, 0, 0, [], ex.Message);
        }
        catch (Exception ex) when (ex is PlatformException or HttpRequestException or CryptographicException or ArgumentException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new SheetsPullReport(Failed, 0, 0, [], ex.Message);
        }

        var postTable = new SheetTable(SheetRows.PostsTab, posts.Values);
        var commentTable = new SheetTable(SheetRows.CommentsTab, comments.Values);
        var missing = postTable.MissingColumns(SheetRows.PostColumns).Select(c => $"{SheetRows.PostsTab}.{c}")
            .Concat(commentTable.MissingColumns(SheetRows.CommentColumns).Select(c => $"{SheetRows.CommentsTab}.{c}")).ToList();
        if (missing.Count > 0)
        {
            return new SheetsPullReport(Failed, 0, 0, [], $"Missing required columns: {string.Join(", ", missing)}.");
        }

        var errors = new List<SheetRowError>();
        var allPosts = SheetRows.Posts(postTable, errors);
        var allComments = SheetRows.Comments(commentTable, allPosts.Select(p => p.PostUrl).ToHashSet(StringComparer.Ordinal), errors);
        var newPosts = allPosts.Where(p => source.PostsWatermark is not { } mark || p.CreatedAt > mark
            || (p.CreatedAt == mark && !source.PostsAtWatermark.Contains(p.PostUrl))).OrderBy(p => p.CreatedAt).ToList();
        var newComments = allComments.Where(c => source.CommentsWatermark is not { } mark || c.CreatedAt > mark).OrderBy(c => c.CreatedAt).ToList();

        if (newPosts.Count > 0)
        {
            var newest = newPosts[^1].CreatedAt;
            var atNewest = newPosts.Where(p => p.CreatedAt == newest).Select(p => p.PostUrl);
            source.PostsAtWatermark = (newest == source.PostsWatermark ? source.PostsAtWatermark.Concat(atNewest) : atNewest).Distinct().ToArray();
            source.PostsWatermark = newest;
        }
        if (newComments.Count > 0)
        {
            source.CommentsWatermark = newComments[^1].CreatedAt;
        }
        if (newPosts.Count > 0 || newComments.Count > 0)
        {
            db.AddEvent(new SocialPostsIngested(
                Guid.CreateVersion7(), source.TenantId, clock.GetUtcNow(), source.ClientProfileId, $"google-sheets/{source.SpreadsheetId}", newPosts, newComments), clock);
        }
        return new SheetsPullReport(Succeeded, newPosts.Count, newComments.Count, errors, null);
    }

    private static long LockKey(Guid sourceId) => BitConverter.ToInt64(SHA256.HashData(sourceId.ToByteArray()), 0);
}
