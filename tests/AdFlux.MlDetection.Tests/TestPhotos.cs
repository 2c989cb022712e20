using System.Diagnostics;

namespace AdFlux.MlDetection.Tests;

/// <summary>
/// Real photos from Debian packages (darknet's samples, scikit-image's data), fetched with
/// <c>apt-get download</c> and extracted with <c>dpkg -x</c> into the git-ignored cache once.
/// </summary>
public static class TestPhotos
{
    private static readonly SemaphoreSlim Once = new(1);
    private static readonly string Folder = Path.Combine(Repository.ModelCache, "test-photos");

    public static Task<byte[]> DogAsync() => ReadAsync("darknet", "usr/share/darknet/data/dog.jpg");

    public static Task<byte[]> HorsesAsync() => ReadAsync("darknet", "usr/share/darknet/data/horses.jpg");

    public static Task<byte[]> PersonAsync() => ReadAsync("darknet", "usr/share/darknet/data/person.jpg");

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
                var download = Path.Combine(Folder, "download-" + package);
                Directory.CreateDirectory(download);
                await RunAsync("apt-get", download, "download", package);
                var deb = Directory.GetFiles(download, "*.deb").Single();
                var staging = target + ".partial";
                Directory.CreateDirectory(staging);
                await RunAsync("dpkg", download, "-x", deb, staging);
                Directory.Move(staging, target);
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
