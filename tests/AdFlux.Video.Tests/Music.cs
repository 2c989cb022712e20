using System.Globalization;
using System.Text;

namespace AdFlux.Video.Tests;

/// <summary>
/// A generated song at 120 BPM (2-second bars): a kick on every beat, louder on the downbeat,
/// and one major triad per bar. Sections of 4 bars: verse, chorus, second verse, chorus again,
/// bridge; every bar outside the chorus has its own chord, the chorus is louder and repeats.
/// </summary>
public static class Music
{
    public const double Bpm = 120;
    public const double BarSeconds = 2;
    public const double Seconds = 40;

    public static readonly (double Start, double End)[] Choruses = [(8, 16), (24, 32)];

    // Semitones above A3 (220 Hz) of each bar's chord root.
    private static readonly int[] Roots = [2, 9, 4, 11, /* chorus */ 0, 5, 7, 3, 6, 1, 8, 10, /* chorus */ 0, 5, 7, 3, 9, 2, 11, 4];

    public static string Expression()
    {
        static string F(double v) => v.ToString(CultureInfo.InvariantCulture);
        var root = new StringBuilder("0");
        var amplitude = new StringBuilder("0.12");
        for (var bar = 0; bar < Roots.Length; bar++)
        {
            root.Append(CultureInfo.InvariantCulture, $"+eq(floor(t/{F(BarSeconds)}),{bar})*{Roots[bar]}");
        }
        foreach (var (start, end) in Choruses)
        {
            amplitude.Append(CultureInfo.InvariantCulture, $"+0.18*between(t,{F(start)},{F(end - 0.0001)})");
        }
        var beat = F(60 / Bpm);
        var kick = $"0.9*(1+0.6*lt(mod(t,{F(BarSeconds)}),{beat}))*sin(2*PI*55*t)*exp(-30*mod(t,{beat}))";
        string Tone(int semitones) => $"sin(2*PI*220*pow(2,(ld(0)+{semitones})/12)*t)";
        var chord = $"ld(1)*({Tone(0)}+{Tone(4)}+{Tone(7)})";
        // Commas and semicolons separate filters and chains in a lavfi graph: escape the expression's own.
        return $"st(0,{root});st(1,{amplitude});0.35*({kick}+{chord})"
            .Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal);
    }

    public static Task<string> VideoAsync() => TestMedia.MakeAsync("song.mp4",
        $"-f lavfi -i color=c=navy:size=160x90:rate=10:duration={TestMedia.F(Seconds)} " +
        $"-f lavfi -i \"aevalsrc={Expression()}:s=22050:d={TestMedia.F(Seconds)}\" " +
        "-c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -b:a 128k -shortest -movflags +faststart");
}
