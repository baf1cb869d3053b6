using DocumentFormat.OpenXml.Spreadsheet;

namespace HemaCare.Results.Web.Exports;

/// <summary>How a cell looks: its number format, italic for a derived figure, indent, hyperlink or header.</summary>
public sealed record CellLook(string? NumberFormat, bool Italic, int Indent, bool Link, bool Header, bool Right = false)
{
    public static CellLook Of(SheetCell cell) =>
        new(cell.NumberFormat, cell.Italic, cell.Indent, cell.Link is not null, false);

    /// <summary>A column header, right-aligned over a column of figures as on the page.</summary>
    public static CellLook HeaderCell(bool right) => new(null, false, 0, false, true, right);
}

/// <summary>
/// The workbook's cell formats, collected while the sheets are written, then written once as the styles part.
/// Index 0 is the default; custom number formats are numbered from 164, the first id Excel leaves free.
/// </summary>
public sealed class WorkbookStyles
{
    private const uint FirstCustomFormat = 164;
    private const uint RegularFont = 0, BoldFont = 1, ItalicFont = 2, LinkFont = 3;
    private const uint HeaderFill = 2;
    private const uint HeaderBorder = 1;

    private readonly Dictionary<CellLook, uint> _looks = new() { [new CellLook(null, false, 0, false, false)] = 0 };
    private readonly Dictionary<string, uint> _formats = new(StringComparer.Ordinal);

    public uint IndexOf(CellLook look)
    {
        if (_looks.TryGetValue(look, out var index)) return index;
        if (look.NumberFormat is { } format && !_formats.ContainsKey(format))
            _formats[format] = FirstCustomFormat + (uint)_formats.Count;
        index = (uint)_looks.Count;
        _looks[look] = index;
        return index;
    }

    public Stylesheet Build()
    {
        var formats = new NumberingFormats(_formats.Select(f =>
            new NumberingFormat { NumberFormatId = f.Value, FormatCode = f.Key }))
        { Count = (uint)_formats.Count };
        var fonts = new Fonts(Font(), Font(bold: true), Font(italic: true), Font(link: true)) { Count = 4 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7ECF3" }) { PatternType = PatternValues.Solid }))
        { Count = 3 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(),
                new BottomBorder(new Color { Rgb = "FF8497B0" }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 };
        var cellFormats = new CellFormats(_looks.OrderBy(l => l.Value).Select(l => Format(l.Key)))
        { Count = (uint)_looks.Count };
        return new Stylesheet(
            formats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 })
            {
                Count = 1,
            },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private CellFormat Format(CellLook look)
    {
        var font = look.Header ? BoldFont : look.Link ? LinkFont : look.Italic ? ItalicFont : RegularFont;
        var format = new CellFormat
        {
            NumberFormatId = look.NumberFormat is { } code ? _formats[code] : 0,
            FontId = font,
            FillId = look.Header ? HeaderFill : 0,
            BorderId = look.Header ? HeaderBorder : 0,
            FormatId = 0,
        };
        if (look.NumberFormat is not null) format.ApplyNumberFormat = true;
        if (font != RegularFont) format.ApplyFont = true;
        if (look.Header)
        {
            format.ApplyFill = true;
            format.ApplyBorder = true;
        }
        if (look.Indent > 0 || look.Right)
        {
            format.Append(look.Right
                ? new Alignment { Horizontal = HorizontalAlignmentValues.Right }
                : new Alignment { Horizontal = HorizontalAlignmentValues.Left, Indent = (uint)look.Indent });
            format.ApplyAlignment = true;
        }
        return format;
    }

    /// <summary>A Calibri 11 font; the schema fixes its children's order (b, i, u, sz, color, name, family).</summary>
    private static Font Font(bool bold = false, bool italic = false, bool link = false)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        if (italic) font.Append(new Italic());
        if (link) font.Append(new Underline());
        font.Append(new FontSize { Val = 11 });
        if (link) font.Append(new Color { Rgb = "FF0563C1" });
        font.Append(new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
