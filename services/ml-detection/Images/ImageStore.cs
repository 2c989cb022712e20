using AdFlux.MlDetection.Data;
using AdFlux.MlDetection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AdFlux.MlDetection.Images;

/// <summary>
/// The bytes behind <see cref="StoredImage"/> rows: uploads under <see cref="MlDetectionOptions.ImageStorePath"/>
/// (written by this service), frames under <see cref="MlDetectionOptions.MediaRoot"/> (written by video).
/// A key that resolves outside its root is refused.
/// </summary>
public sealed class ImageStore(IOptions<MlDetectionOptions> options, IHostEnvironment environment)
{
    public static string UploadKey(Guid tenantId, Guid imageId) => $"uploads/{tenantId:N}/{imageId:N}";

    /// <summary>
    /// The tenant's stored image with that id and its bytes, or nulls: the tenant filter hides another
    /// tenant's images, so their ids look unknown (404), and a frame whose file is gone is unknown too.
    /// </summary>
    public async Task<(StoredImage Image, byte[] Bytes)?> FindAsync(MlDetectionDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var image = await db.Images.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        return image is not null && await ReadAsync(image, cancellationToken) is { } bytes ? (image, bytes) : null;
    }

    public async Task WriteUploadAsync(StoredImage image, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var path = PathOf(image);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
    }

    /// <summary>The image's bytes, or null when the file is gone (a frame video has since deleted).</summary>
    public async Task<byte[]?> ReadAsync(StoredImage image, CancellationToken cancellationToken)
    {
        var path = PathOf(image);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public void Delete(StoredImage image)
    {
        if (image.Source == StoredImage.Upload)
        {
            File.Delete(PathOf(image));
        }
    }

    public string PathOf(StoredImage image)
    {
        var root = Path.GetFullPath(image.Source == StoredImage.Frame ? options.Value.MediaRoot : options.Value.ImageStorePath, environment.ContentRootPath);
        var path = Path.GetFullPath(Path.Combine(root, image.StorageKey));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Image {image.Id} storage key leaves its store: {image.StorageKey}");
        }
        return path;
    }
}
