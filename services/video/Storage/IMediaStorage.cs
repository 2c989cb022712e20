namespace AdFlux.Video.Storage;

/// <summary>
/// Where media bytes live, addressed by keys such as <c>videos/{tenant}/{video}/source.mp4</c>.
/// ffmpeg reads and writes files, so the store hands out a local path for a key.
/// </summary>
public interface IMediaStorage
{
    /// <summary>The local file of <paramref name="key"/>; its folder exists. Throws for a key that would leave the root.</summary>
    string PathOf(string key);

    bool Exists(string key);

    long LengthOf(string key);

    /// <summary>Appends <paramref name="content"/> at the end of <paramref name="key"/>, at most <paramref name="maxBytes"/>; returns the new length.</summary>
    Task<long> AppendAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken);

    Stream OpenRead(string key);

    /// <summary>Atomically puts a finished staging file in its final place.</summary>
    void Move(string fromKey, string toKey);

    void Delete(string key);

    /// <summary>Deletes everything under a key prefix (a folder).</summary>
    void DeleteFolder(string prefix);
}
