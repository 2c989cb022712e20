namespace AdFlux.Video.Storage;

/// <summary>
/// Where media bytes live, addressed by keys such as <c>videos/{tenant}/{video}/source.mp4</c>
/// (checked by <see cref="MediaKey"/>, so none leaves the root).
/// Two areas: a local <em>working</em> folder, always on this machine, for what ffmpeg and the
/// upload path read and write (upload parts, staging files, job work, the sampled frames
/// ml-detection reads), and the <em>durable</em> objects (sources, variants, thumbnails), which are
/// in the same folder for the local store and in a bucket for the S3 store. A working file becomes
/// durable only through <see cref="PublishAsync"/>.
/// </summary>
public interface IMediaStorage
{
    /// <summary>The local working file of <paramref name="key"/>; its folder exists.</summary>
    string PathOf(string key);

    /// <summary>Length of a working file, 0 when there is none.</summary>
    long LengthOf(string key);

    /// <summary>Appends <paramref name="content"/> at the end of the working file <paramref name="key"/>, at most <paramref name="maxBytes"/>; returns the new length.</summary>
    Task<long> AppendAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Reads a working file.</summary>
    Stream OpenRead(string key);

    /// <summary>Renames a working file.</summary>
    void Move(string fromKey, string toKey);

    /// <summary>Deletes a working file.</summary>
    void Delete(string key);

    /// <summary>
    /// Makes the finished local <paramref name="file"/> (under the working folder) the durable object
    /// <paramref name="key"/>, all at once: readers see the old object or the whole new one. The file is gone afterwards.
    /// </summary>
    Task PublishAsync(string file, string key, CancellationToken cancellationToken);

    /// <summary>
    /// A local file with the durable object's bytes for ffmpeg: the object itself where it is local,
    /// else a copy fetched into <paramref name="workFolder"/> (the caller's to delete with its work).
    /// </summary>
    Task<string> LocalFileAsync(string key, string workFolder, CancellationToken cancellationToken);

    /// <summary>A seekable read of a durable object (for range requests), or null when it does not exist.</summary>
    Task<Stream?> OpenDurableAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes a durable object; nothing happens when it does not exist.</summary>
    Task DeleteDurableAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes everything under a key prefix (a folder), durable objects and working files alike.</summary>
    Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken);
}
