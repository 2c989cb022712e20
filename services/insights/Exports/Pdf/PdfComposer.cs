using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AdFlux.Insights.Exports.Pdf;

/// <summary>
/// Lays out a PDF top to bottom on A4 pages with PDFsharp: headings, wrapped text, tables and line
/// charts drawn as vector paths, starting a new page when the next block does not fit.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    public const double Margin = 40;
    public const double RowHeight = 14;

    private static readonly XColor[] Palette =
        [XColor.FromArgb(31, 119, 180), XColor.FromArgb(255, 127, 14), XColor.FromArgb(44, 160, 44), XColor.FromArgb(214, 39, 40), XColor.FromArgb(148, 103, 189)];

    private readonly PdfDocument _document = new();
    private readonly XFont _title = new(DejaVuFonts.Family, 16, XFontStyleEx.Bold);
    private readonly XFont _heading = new(DejaVuFonts.Family, 12, XFontStyleEx.Bold);
    private readonly XFont _text = new(DejaVuFonts.Family, 9, XFontStyleEx.Regular);
    private readonly XFont _bold = new(DejaVuFonts.Family, 9, XFontStyleEx.Bold);
    private readonly XFont _small = new(DejaVuFonts.Family, 7, XFontStyleEx.Regular);
    private XGraphics _graphics = null!;
    private PdfPage _page = null!;
    private double _y;

    // Before any instance's fonts are made: PDFsharp resolves a font when it is constructed.
    static PdfComposer() => DejaVuFonts.Install();

    public PdfComposer(string title)
    {
        _document.Info.Title = title;
        _document.Info.Creator = "AdFlux insights";
        NewPage();
    }

    private double Width => _page.Width.Point - 2 * Margin;

    public void Title(string text)
    {
        Room(24);
        _graphics.DrawString(text, _title, XBrushes.Black, new XRect(Margin, _y, Width, 20), XStringFormats.TopLeft);
        _y += 24;
    }

    public void Heading(string text)
    {
        Room(36);
        _y += 6;
        _graphics.DrawString(text, _heading, XBrushes.Black, new XRect(Margin, _y, Width, 16), XStringFormats.TopLeft);
        _y += 18;
    }

    /// <summary>A paragraph, wrapped at word boundaries.</summary>
    public void Text(string text)
    {
        foreach (var line in Wrap(text, _text, Width))
        {
            Room(RowHeight);
            _graphics.DrawString(line, _text, XBrushes.Black, new XRect(Margin, _y, Width, RowHeight), XStringFormats.TopLeft);
            _y += RowHeight;
        }
    }

    /// <summary>A table with a bold header row, repeated on each page it runs onto; cells too wide are cut with an ellipsis.</summary>
    public void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<double>? widths = null)
    {
        var share = widths ?? [.. columns.Select(_ => 1d)];
        var total = share.Sum();
        var width = share.Select(w => Width * w / total).ToArray();
        Room(2 * RowHeight);
        Row(columns, width, _bold);
        foreach (var row in rows)
        {
            if (_y + RowHeight > _page.Height.Point - Margin)
            {
                NewPage();
                Row(columns, width, _bold);
            }
            Row(row, width, _text);
        }
        _y += 4;
    }

    /// <summary>A line chart: axes with the range of values, first and last x labels, one coloured path per series and a legend.</summary>
    public void LineChart(string title, IReadOnlyList<ChartSeries> series, Func<double, string> xLabel, double height = 150)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0)
        {
            return;
        }
        Room(height + 40);
        _graphics.DrawString(title, _bold, XBrushes.Black, new XRect(Margin, _y, Width, RowHeight), XStringFormats.TopLeft);
        _y += RowHeight + 2;
        var labelWidth = 50d;
        var plot = new XRect(Margin + labelWidth, _y, Width - labelWidth, height);
        var (minX, maxX) = (points.Min(p => p.X), points.Max(p => p.X));
        var (minY, maxY) = (Math.Min(0, points.Min(p => p.Y)), points.Max(p => p.Y));
        if (maxX <= minX)
        {
            (minX, maxX) = (minX - 1, maxX + 1);
        }
        if (maxY <= minY)
        {
            maxY = minY + 1;
        }
        XPoint At((double X, double Y) p) =>
            new(plot.Left + (p.X - minX) / (maxX - minX) * plot.Width, plot.Bottom - (p.Y - minY) / (maxY - minY) * plot.Height);

        var grid = new XPen(XColors.LightGray, 0.5);
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = minY + (maxY - minY) * tick / 4;
            var y = plot.Bottom - plot.Height * tick / 4;
            _graphics.DrawLine(grid, plot.Left, y, plot.Right, y);
            _graphics.DrawString(PdfNumbers.Of(value), _small, XBrushes.Gray, new XRect(Margin, y - 5, labelWidth - 4, 10), XStringFormats.TopRight);
        }
        _graphics.DrawRectangle(new XPen(XColors.Gray, 0.75), plot);
        _graphics.DrawString(xLabel(minX), _small, XBrushes.Gray, new XRect(plot.Left, plot.Bottom + 2, 80, 10), XStringFormats.TopLeft);
        _graphics.DrawString(xLabel(maxX), _small, XBrushes.Gray, new XRect(plot.Right - 80, plot.Bottom + 2, 80, 10), XStringFormats.TopRight);

        var legendX = plot.Left + 90;
        for (var i = 0; i < series.Count; i++)
        {
            var pen = new XPen(Palette[i % Palette.Length], 1.5) { DashStyle = series[i].Dashed ? XDashStyle.Dash : XDashStyle.Solid };
            var path = series[i].Points.OrderBy(p => p.X).Select(At).ToArray();
            if (path.Length == 1)
            {
                _graphics.DrawEllipse(new XSolidBrush(pen.Color), path[0].X - 2, path[0].Y - 2, 4, 4);
            }
            else if (path.Length > 1)
            {
                _graphics.DrawLines(pen, path);
            }
            _graphics.DrawLine(pen, legendX, plot.Bottom + 7, legendX + 12, plot.Bottom + 7);
            _graphics.DrawString(series[i].Label, _small, XBrushes.Black, new XRect(legendX + 14, plot.Bottom + 2, 120, 10), XStringFormats.TopLeft);
            legendX += 20 + _graphics.MeasureString(series[i].Label, _small).Width;
        }
        _y = plot.Bottom + 18;
    }

    public void Save(Stream stream)
    {
        _graphics.Dispose();
        _document.Save(stream, false);
    }

    public void Dispose()
    {
        _graphics.Dispose();
        _document.Dispose();
    }

    private void Row(IReadOnlyList<string> cells, double[] width, XFont font)
    {
        var x = Margin;
        for (var i = 0; i < width.Length; i++)
        {
            var cell = i < cells.Count ? Fit(cells[i], font, width[i] - 4) : "";
            _graphics.DrawString(cell, font, XBrushes.Black, new XRect(x, _y, width[i] - 4, RowHeight), XStringFormats.TopLeft);
            x += width[i];
        }
        _y += RowHeight;
    }

    private string Fit(string text, XFont font, double width)
    {
        if (_graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }
        var cut = text.Length;
        while (cut > 1 && _graphics.MeasureString(text[..cut] + "…", font).Width > width)
        {
            cut--;
        }
        return text[..cut] + "…";
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var next = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && _graphics.MeasureString(next, font).Width > width)
            {
                yield return line;
                next = word;
            }
            line = next;
        }
        if (line.Length > 0)
        {
            yield return Fit(line, font, width);
        }
    }

    private void Room(double height)
    {
        if (_y + height > _page.Height.Point - Margin)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }
}
