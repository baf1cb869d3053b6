using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Writes a <see cref="WorkbookContent"/> as an .xlsx file with the OpenXML SDK: numbers as numeric cells with
/// their formats, text as inline strings, header row frozen (and the label column on tables), column widths
/// from the content, a filter on long sheets, printed landscape with the caption as page header.
/// The bytes depend only on the content (fixed relationship ids, zip timestamps and property part name), so the same
/// store always gives the same file, as its strong ETag promises.
/// </summary>
public static class WorkbookWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string WorkbookPartType =
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private static readonly DateTimeOffset ZipTimestamp = new(2004, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Write(WorkbookContent content)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            WriteProperties(document, content);
            var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookPartType, "rIdWorkbook");
            var styles = new WorkbookStyles();
            var sheets = new Sheets();
            var names = new DefinedNames();
            for (var i = 0; i < content.Sheets.Count; i++)
            {
                var sheet = content.Sheets[i];
                var part = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{i + 1}");
                part.Worksheet = Worksheet(part, sheet, styles, selected: i == 0);
                sheets.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = $"rIdSheet{i + 1}" });
                names.Append(DefinedNamesOf(sheet, i));
            }
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = styles.Build();
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheets,
                names);
        }
        return FixZipTimestamps(buffer.ToArray());
    }

    private static Worksheet Worksheet(WorksheetPart part, WorkbookSheet sheet, WorkbookStyles styles, bool selected)
    {
        var data = new SheetData();
        data.Append(Row(1, sheet.Header.Select((h, c) =>
            (SheetCell.Of(h), CellLook.HeaderCell(right: c >= sheet.FiguresFrom))), styles));
        var links = new Hyperlinks();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var rowIndex = (uint)(r + 2);
            var cells = sheet.Rows[r];
            data.Append(Row(rowIndex, cells.Select(c => (c, CellLook.Of(c))), styles));
            for (var c = 0; c < cells.Count; c++)
            {
                // A plain null check: Stryker drops a whole method whose mutated `is not { } x` leaves x unassigned.
                var url = cells[c].Link;
                if (url is null) continue;
                var id = $"rIdLink{links.ChildElements.Count + 1}";
                part.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true, id);
                links.Append(new Hyperlink { Reference = Reference(c, rowIndex), Id = id });
            }
        }
        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(View(sheet, selected)),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Columns(sheet),
            data);
        if (sheet.Filter && sheet.Rows.Count > 0) worksheet.Append(new AutoFilter { Reference = FullRange(sheet) });
        if (links.HasChildren) worksheet.Append(links);
        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup
            {
                Orientation = OrientationValues.Landscape, FitToWidth = (uint)sheet.PagesWide, FitToHeight = 0,
            },
            new HeaderFooter(
                new OddHeader("&L&\"-,Bold\"" + HeaderText(sheet.Caption)),
                new OddFooter("&L" + HeaderText(sheet.Footnote) + "&RPage &P of &N")));
        return worksheet;
    }

    private static Row Row(uint index, IEnumerable<(SheetCell Cell, CellLook Look)> cells, WorkbookStyles styles)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var (cell, look) in cells)
        {
            if (!cell.IsEmpty) row.Append(Cell(cell, Reference(column, index), styles.IndexOf(look)));
            column++;
        }
        return row;
    }

    private static Cell Cell(SheetCell cell, string reference, uint style) => cell.Number is { } number
        ? new Cell
        {
            CellReference = reference, StyleIndex = style, DataType = CellValues.Number,
            CellValue = new CellValue(CsvCells.Number(number)),
        }
        : new Cell
        {
            CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString,
            InlineString = new InlineString(
                new Text(XmlSafe(cell.Text!)) { Space = SpaceProcessingModeValues.Preserve }),
        };

    private static SheetView View(WorkbookSheet sheet, bool selected)
    {
        var both = sheet.FrozenColumns > 0;
        var pane = new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = Reference(sheet.FrozenColumns, 2),
            ActivePane = both ? PaneValues.BottomRight : PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        if (both) pane.HorizontalSplit = sheet.FrozenColumns;
        var view = new SheetView(pane, new Selection { Pane = pane.ActivePane }) { WorkbookViewId = 0 };
        if (selected) view.TabSelected = true;
        return view;
    }

    /// <summary>
    /// Widths from the longest header or text in a column; a number gets room for "approx. -$16,728,571".
    /// </summary>
    private static Columns Columns(WorkbookSheet sheet)
    {
        var columns = new Columns();
        for (var c = 0; c < sheet.Header.Count; c++)
        {
            var longest = sheet.Rows.Select(r => c < r.Count ? WidthOf(r[c]) : 0)
                .Append(sheet.Header[c].Length + 2).Max();
            var width = Math.Clamp(longest + 2, 8, 80);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }
        return columns;
    }

    private static int WidthOf(SheetCell cell) => cell switch
    {
        { Number: not null, NumberFormat: var format } => LiteralWidth(format ?? ""),
        { Text: { } text } => text.Length + 2 * cell.Indent,
        _ => 0,
    };

    /// <summary>
    /// A number's room: 12 characters for its digits, plus the quoted text of its format's first section (a hedge
    /// word, a unit, a range beside the figure, or a whole range standing instead of the digits).
    /// </summary>
    private static int LiteralWidth(string format)
    {
        var (quoted, inQuote, digits) = (0, false, false);
        foreach (var character in format)
        {
            if (character == '"') inQuote = !inQuote;
            else if (inQuote) quoted++;
            else if (character == ';') break;
            else digits = true;
        }
        return quoted + (digits ? 12 : 0);
    }

    /// <summary>Repeats the header row on every printed page; names the filter range as Excel itself does.</summary>
    private static IEnumerable<DefinedName> DefinedNamesOf(WorkbookSheet sheet, int index)
    {
        var quoted = "'" + sheet.Name.Replace("'", "''", StringComparison.Ordinal) + "'";
        if (sheet.Filter && sheet.Rows.Count > 0)
        {
            var range = FullRange(sheet).Split(':');
            yield return new DefinedName($"{quoted}!{Absolute(range[0])}:{Absolute(range[1])}")
            {
                Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)index, Hidden = true,
            };
        }
        var titles = sheet.Filter ? $"{quoted}!$A:$A,{quoted}!$1:$1" : $"{quoted}!$1:$1";
        yield return new DefinedName(titles) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)index };
    }

    private static string FullRange(WorkbookSheet sheet) =>
        $"A1:{Reference(sheet.Header.Count - 1, (uint)(sheet.Rows.Count + 1))}";

    private static string Absolute(string reference)
    {
        var letters = new string([.. reference.TakeWhile(char.IsLetter)]);
        return $"${letters}${reference[letters.Length..]}";
    }

    public static string Reference(int column, uint row) =>
        ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>A page header treats &amp; as a code; Excel limits a header to 255 characters in all.</summary>
    private static string HeaderText(string caption)
    {
        var text = caption.Replace("&", "&&", StringComparison.Ordinal);
        return text.Length > 120 ? text[..120] : text;
    }

    /// <summary>XML 1.0 cannot carry most control characters; a quote from a script never needs them.</summary>
    private static string XmlSafe(string text) =>
        text.Any(ch => char.IsControl(ch) && ch is not ('\t' or '\n' or '\r'))
            ? new string([.. text.Where(ch => !char.IsControl(ch) || ch is '\t' or '\n' or '\r')])
            : text;

    /// <summary>
    /// The core properties written by hand under a fixed part name; System.IO.Packaging would name the part
    /// after a fresh GUID and stamp the time, so the same content would give different bytes.
    /// </summary>
    private static void WriteProperties(SpreadsheetDocument document, WorkbookContent content)
    {
        var xml = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<cp:coreProperties")
            .Append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
            .Append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
            .Append($"<dc:title>{Escape(content.Title)}</dc:title>")
            .Append($"<dc:subject>{Escape(content.Subject)}</dc:subject>")
            .Append("<dc:creator>HemaCare Results</dc:creator>")
            .Append($"<cp:keywords>{Escape(content.Keywords)}</cp:keywords>")
            .Append($"<dc:description>{Escape(content.Description)}</dc:description>")
            .Append("</cp:coreProperties>");
        var part = document.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using var stream = part.GetStream(FileMode.Create);
        stream.Write(Encoding.UTF8.GetBytes(xml.ToString()));
    }

    private static string Escape(string text) => SecurityElement.Escape(XmlSafe(text));

    private static byte[] FixZipTimestamps(byte[] package)
    {
        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries) entry.LastWriteTime = ZipTimestamp;
        }
        return buffer.ToArray();
    }
}
