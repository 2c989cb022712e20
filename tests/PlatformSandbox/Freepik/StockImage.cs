namespace AdFlux.PlatformSandbox.Freepik;

/// <summary>One stock resource the sandbox serves: its catalogue entry and its rendered JPEG.</summary>
public sealed record StockImage(
    long Id,
    string Title,
    string Slug,
    IReadOnlyList<string> Keywords,
    string ContentType,
    string Orientation,
    string Licence,
    long AuthorId,
    string AuthorName,
    int Width,
    int Height,
    byte[] Jpeg);
