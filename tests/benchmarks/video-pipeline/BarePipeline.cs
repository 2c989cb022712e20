using AdFlux.Video.CutAnalysis;
using AdFlux.Video.Variants;
using static AdFlux.Video.Pipeline.Benchmark.Ffmpeg;

namespace AdFlux.Video.Pipeline.Benchmark;

/// <summary>
/// The same ffmpeg work as bare command lines: one decode with the same analysis filters writing the
/// same outputs (scene and frame metadata files, sampled JPEGs, loudness and silences, mono PCM to a
/// file), and per clip one process rendering the three formats with the same filters and encoder settings.
/// </summary>
public static class BarePipeline
{
    public static async Task AnalyseAsync(string source, string work)
    {
        var frames = Path.Combine(work, "frames");
        Directory.CreateDirectory(frames);
        try
        {
            var graph = $"[0:v]scdet=threshold=10,metadata=mode=print:file={work}/scd.txt,fps=1,signalstats,metadata=mode=print:file={work}/frames.txt,scale=-2:360[frames];" +
                "[0:a]aformat=sample_fmts=flt:channel_layouts=mono,aresample=22050,asplit=2[pcm][measure];[measure]silencedetect=noise=-35dB:d=0.4,ebur128[measured]";
            await RunAsync($"-y -hide_banner -nostats -i \"{source}\" -filter_complex \"{graph}\" -map \"[frames]\" -fps_mode passthrough -q:v 4 \"{frames}/f%05d.jpg\" " +
                $"-map \"[measured]\" -f null - -map \"[pcm]\" -f f32le \"{work}/pcm.raw\"");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    public static async Task RenderAsync(string source, ProposedClip clip, string work)
    {
        Directory.CreateDirectory(work);
        try
        {
            var formats = PlatformFormat.All;
            var duration = clip.End - clip.Start;
            var graph = $"[0:v]split={formats.Count}" + string.Concat(formats.Select((_, i) => $"[v{i}]")) + ";" +
                string.Join(';', formats.Select((f, i) => $"[v{i}]scale={f.Width}:{f.Height}:force_original_aspect_ratio=increase,crop={f.Width}:{f.Height},setsar=1,format=yuv420p[o{i}]")) +
                ";[0:a]loudnorm=I=-14:TP=-1.5:LRA=11,aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,asplit=3[a0][a1][a2]";
            var outputs = string.Join(' ', formats.Select((f, i) =>
                $"-map \"[o{i}]\" -map \"[a{i}]\" -c:a aac -b:a 192k -c:v libx264 -preset veryfast -crf 20 -profile:v high -movflags +faststart -t {F(duration)} \"{work}/{i}.mp4\""));
            await RunAsync($"-y -hide_banner -nostats -ss {F(clip.Start)} -i \"{source}\" -filter_complex \"{graph}\" {outputs}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
