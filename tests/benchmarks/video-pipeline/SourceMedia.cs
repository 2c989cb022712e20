namespace AdFlux.Video.Pipeline.Benchmark;

/// <summary>
/// A 1080p30 H.264/AAC source made with lavfi: a moving test pattern whose hue jumps every 7 s
/// (scene cuts) over a 120 BPM plucked tone with an accent per bar (a beat to track).
/// </summary>
public static class SourceMedia
{
    public static async Task<string> MakeAsync(string folder, int seconds)
    {
        var path = Path.Combine(folder, $"source-{seconds}s-1080p.mp4");
        if (File.Exists(path))
        {
            return path;
        }
        var music = "aevalsrc='(0.4+0.4*eq(mod(floor(t*2),4),0))*sin(2*PI*(220+110*eq(mod(floor(t/8),2),1))*t)*exp(-6*mod(t,0.5))':s=44100:d=" + seconds;
        await Ffmpeg.RunAsync(
            $"-y -hide_banner -loglevel error -f lavfi -i testsrc2=s=1920x1080:r=30:d={seconds} -f lavfi -i \"{music}\" " +
            "-vf \"hue=H=floor(t/7)*1.7\" -c:v libx264 -preset ultrafast -g 60 -pix_fmt yuv420p -c:a aac -b:a 128k -shortest -movflags +faststart " +
            $"\"{path}.part.mp4\"");
        File.Move(path + ".part.mp4", path);
        return path;
    }
}
