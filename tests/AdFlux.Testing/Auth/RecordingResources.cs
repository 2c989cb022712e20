using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace AdFlux.Testing.Auth;

/// <summary>Resources that answer any name and remember which were read: which resources does a body use?</summary>
internal sealed class RecordingResources : IReadOnlyDictionary<string, string>
{
    private readonly HashSet<string> _read = [];

    public static IReadOnlyList<string> ReadBy(Func<MatrixTenant, object?> body)
    {
        var resources = new RecordingResources();
        body(new MatrixTenant("recording", Guid.Empty, Guid.Empty, "", "", null, null, resources));
        return [.. resources._read];
    }

    public string this[string key]
    {
        get
        {
            _read.Add(key);
            return Guid.Empty.ToString();
        }
    }

    public IEnumerable<string> Keys => _read;

    public IEnumerable<string> Values => _read.Select(_ => Guid.Empty.ToString());

    public int Count => _read.Count;

    public bool ContainsKey(string key) => true;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        value = this[key];
        return true;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        _read.Select(key => KeyValuePair.Create(key, Guid.Empty.ToString())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
