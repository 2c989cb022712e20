using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AdFlux.Video.Storage;

/// <summary>Media in a local folder. Keys are checked segment by segment, and the resolved path must stay under the root.</summary>
public sealed partial class LocalMediaStorage : IMediaStorage
{
    private readonly string _root;

    public LocalMediaStorage(IOptions<VideoOptions> options, IHostEnvironment environment)
    {
        _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.StorageRoot));
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public string PathOf(string key)
    {
        var segments = key.Split('/');
        if (segments.Length == 0 || segments.Any(s => !SafeSegment().IsMatch(s) || s is "." or ".."))
        {
            throw new ArgumentException($"'{key}' is not a storage key.", nameof(key));
        }
        var path = Path.GetFullPath(Path.Combine(_root, Path.Combine(segments)));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' leaves the storage root.", nameof(key));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public bool Exists(string key) => File.Exists(PathOf(key));

    public long LengthOf(string key) => File.Exists(PathOf(key)) ? new FileInfo(PathOf(key)).Length : 0;

    public async Task<long> AppendAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var start = file.Length;
        var buffer = new byte[1 << 16];
        int read;
        try
        {
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (file.Length - start + read > maxBytes)
                {
                    throw new ContentTooLargeException(maxBytes);
                }
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch
        {
            // A failed or over-size chunk leaves the file as it was before it.
            file.SetLength(start);
            throw;
        }
        return file.Length;
    }

    public Stream OpenRead(string key) =>
        new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);

    public void Move(string fromKey, string toKey) => File.Move(PathOf(fromKey), PathOf(toKey), overwrite: true);

    public void Delete(string key)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public void DeleteFolder(string prefix)
    {
        var probe = PathOf(prefix + "/x");
        var folder = Path.GetDirectoryName(probe)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._%-]{1,120}$")]
    private static partial Regex SafeSegment();
}
