namespace AdFlux.Web.Tests.Support;

/// <summary>A temporary folder removed when the fixture is disposed.</summary>
public sealed class DeletedFolder(string path) : IAsyncDisposable
{
    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
