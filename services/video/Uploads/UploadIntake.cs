using System.Security.Cryptography;
using AdFlux.Contracts.Video;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Data;
using AdFlux.Video.Domain;
using AdFlux.Video.Media;
using AdFlux.Video.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AdFlux.Video.Uploads;

/// <summary>
/// Turns a fully arrived staging file into an asset: hash, validate, deduplicate per tenant,
/// publish to the store and record it with its <see cref="VideoUploaded"/> in one transaction. A
/// refused or duplicate file is deleted, so nothing of it is kept.
/// </summary>
public sealed class UploadIntake(VideoDbContext db, IMediaStorage storage, MediaValidator validator, TimeProvider clock)
{
    public async Task<UploadOutcome> AcceptAsync(
        Guid tenantId, string stagingKey, string fileName, string contentType, Guid? clientProfileId, CancellationToken cancellationToken)
    {
        string? placedKey = null;
        try
        {
            var sha256 = await HashAsync(stagingKey, cancellationToken);
            var existing = await db.Videos.AsNoTracking().FirstOrDefaultAsync(v => v.Sha256 == sha256, cancellationToken);
            if (existing is not null)
            {
                storage.Delete(stagingKey);
                return new UploadOutcome(existing, Duplicate: true, null);
            }

            var check = await validator.CheckAsync(storage.PathOf(stagingKey), cancellationToken);
            if (check.Info is not { } info)
            {
                storage.Delete(stagingKey);
                return new UploadOutcome(null, false, check.Problem);
            }

            var id = Guid.CreateVersion7();
            var asset = new VideoAsset
            {
                Id = id,
                TenantId = tenantId,
                ClientProfileId = clientProfileId,
                FileName = fileName,
                ContentType = contentType,
                SizeBytes = storage.LengthOf(stagingKey),
                Sha256 = sha256,
                StorageKey = StorageKeys.Source(tenantId, id, ExtensionFor(info.Container)),
                Container = info.Container,
                VideoCodec = info.VideoCodec,
                AudioCodec = info.AudioCodec,
                DurationSeconds = info.DurationSeconds,
                Width = info.Width,
                Height = info.Height,
                FramesPerSecond = info.FramesPerSecond,
                CreatedAt = clock.GetUtcNow(),
            };
            await storage.PublishAsync(storage.PathOf(stagingKey), asset.StorageKey, cancellationToken);
            placedKey = asset.StorageKey;
            db.Videos.Add(asset);
            db.AddEvent(new VideoUploaded(
                Guid.NewGuid(), tenantId, asset.CreatedAt, asset.Id, clientProfileId, fileName, asset.SizeBytes, asset.DurationSeconds,
                sha256, asset.Width, asset.Height), clock);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // The same bytes finished uploading concurrently: theirs is the asset.
                db.ChangeTracker.Clear();
                placedKey = null;
                await storage.DeleteDurableAsync(asset.StorageKey, CancellationToken.None);
                var winner = await db.Videos.AsNoTracking().FirstAsync(v => v.Sha256 == sha256, cancellationToken);
                return new UploadOutcome(winner, Duplicate: true, null);
            }
            return new UploadOutcome(asset, Duplicate: false, null);
        }
        catch
        {
            storage.Delete(stagingKey);
            if (placedKey is not null)
            {
                await storage.DeleteDurableAsync(placedKey, CancellationToken.None);
            }
            throw;
        }
    }

    private async Task<string> HashAsync(string key, CancellationToken cancellationToken)
    {
        await using var stream = storage.OpenRead(key);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static string ExtensionFor(string container)
    {
        var formats = container.Split(',');
        return formats.Contains("mp4") || formats.Contains("mov") ? ".mp4"
            : formats.Contains("webm") ? ".webm"
            : formats.Contains("matroska") ? ".mkv"
            : formats.Contains("avi") ? ".avi"
            : ".bin";
    }
}
