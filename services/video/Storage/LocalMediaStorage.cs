using Microsoft.Extensions.Options;

namespace AdFlux.Video.Storage;

/// <summary>
/// Media in a local folder: the working area and the durable objects share it, so publishing is a
/// rename and ffmpeg reads the objects in place. Keys pass <see cref="MediaKey"/>, and the resolved
/// path must stay under the root.
/// </summary>
public sealed class LocalMediaStorage : IMediaStorage
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
        var path = Path.GetFullPath(Path.Combine(_root, Path.Combine(MediaKey.Segments(key))));
        if (!IsUnderRoot(path))
        {
            throw new ArgumentException($"'{key}' leaves the storage root.", nameof(key));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public bool IsUnderRoot(string path) =>
        Path.GetFullPath(path).StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

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

    public Task PublishAsync(string file, string key, CancellationToken cancellationToken)
    {
        if (!IsUnderRoot(file))
        {
            throw new ArgumentException($"'{file}' is not in the working folder.", nameof(file));
        }
        File.Move(file, PathOf(key), overwrite: true);
        return Task.CompletedTask;
    }

    public Task<string> LocalFileAsync(string key, string workFolder, CancellationToken cancellationToken) =>
        File.Exists(PathOf(key)) ? Task.FromResult(PathOf(key)) : throw new FileNotFoundException($"No media at '{key}'.", key);

    public Task<Stream?> OpenDurableAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(File.Exists(PathOf(key)) ? OpenRead(key) : null);

    public Task DeleteDurableAsync(string key, CancellationToken cancellationToken)
    {
        Delete(key);
        return Task.CompletedTask;
    }

    public Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(PathOf(prefix + "/x"))!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }
}
