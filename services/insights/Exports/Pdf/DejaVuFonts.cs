using PdfSharp.Fonts;

namespace AdFlux.Insights.Exports.Pdf;

/// <summary>
/// PDFsharp finds no system fonts on Linux (https://docs.pdfsharp.net/PDFsharp/Topics/Fonts/Font-Resolving.html):
/// every face it asks for is answered with Debian's DejaVu Sans, which also covers Spanish text.
/// </summary>
public sealed class DejaVuFonts : IFontResolver
{
    public const string Directory = "/usr/share/fonts/truetype/dejavu";
    public const string AptPackage = "fonts-dejavu-core";
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver ??= new DejaVuFonts();
        return true;
    });

    /// <summary>Why PDFs cannot be drawn here, naming the package to install; null when the fonts are on disk.</summary>
    public static string? Missing()
    {
        var absent = new[] { Regular, Bold }.Select(PathOf).Where(path => !File.Exists(path)).ToList();
        return absent.Count == 0 ? null : $"{string.Join(", ", absent)} not found: run `sudo apt-get install -y {AptPackage}` on this machine.";
    }

    /// <summary>Registers this resolver with PDFsharp once per process (PDFsharp refuses a change after first use).</summary>
    public static void Install() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(PathOf(faceName));

    private static string PathOf(string face) => Path.Combine(Directory, face + ".ttf");
}
