using System.Diagnostics;

namespace AdFlux.Testing;

/// <summary>
/// Real photos from Debian packages, fetched with <c>apt-get download</c> and extracted with
/// <c>dpkg -x</c> once into the git-ignored model cache (<c>.models/test-photos/&lt;package&gt;</c>, the
/// model cache ml-detection's tests load models from): darknet's sample photos and scikit-image's
/// data, for every test that needs a real face, animal or texture.
/// </summary>
public static class DebianPhotos
{
    private static readonly SemaphoreSlim Once = new(1);
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, ".models", "test-photos");

    public static Task<byte[]> DogAsync() => ReadAsync("darknet", "usr/share/darknet/data/dog.jpg");

    public static Task<byte[]> HorsesAsync() => ReadAsync("darknet", "usr/share/darknet/data/horses.jpg");

    public static Task<byte[]> PersonAsync() => ReadAsync("darknet", "usr/share/darknet/data/person.jpg");

    /// <summary>scikit-image's astronaut.png: 512×512, one face (Eileen Collins') around (220, 110).</summary>
    public static Task<byte[]> AstronautAsync() => ReadAsync("python3-skimage", "usr/lib/python3/dist-packages/skimage/data/astronaut.png");

    public static Task<byte[]> CoffeeAsync() => ReadAsync("python3-skimage", "usr/lib/python3/dist-packages/skimage/data/coffee.png");

    public static Task<byte[]> BrickAsync() => ReadAsync("python3-skimage", "usr/lib/python3/dist-packages/skimage/data/brick.png");

    private static async Task<byte[]> ReadAsync(string package, string path)
    {
        var target = Path.Combine(Folder, package);
        await Once.WaitAsync();
        try
        {
            if (!Directory.Exists(target))
            {
                var download = Path.Combine(Folder, $"download-{package}-{Guid.NewGuid():N}");
                Directory.CreateDirectory(download);
                await RunAsync("apt-get", download, "download", package);
                var staging = target + ".partial-" + Guid.NewGuid().ToString("N");
                Directory.CreateDirectory(staging);
                await RunAsync("dpkg", download, "-x", Directory.GetFiles(download, "*.deb").Single(), staging);
                if (!Directory.Exists(target))
                {
                    Directory.Move(staging, target);
                }
                Directory.Delete(download, recursive: true);
            }
        }
        finally
        {
            Once.Release();
        }
        return await File.ReadAllBytesAsync(Path.Combine(target, path));
    }

    private static async Task RunAsync(string command, string directory, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed: {error.Trim()}");
        }
    }
}
