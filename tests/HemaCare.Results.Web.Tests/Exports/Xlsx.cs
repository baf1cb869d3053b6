using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace HemaCare.Results.Web.Tests.Exports;

/// <summary>A cell as a reader sees it: its text or number, number format, whether italic, and its hyperlink.</summary>
internal sealed record XlsxCell(string? Text, decimal? Number, string? Format, bool Italic, string? Link);

internal sealed record XlsxSheet(
    string Name, IReadOnlyList<IReadOnlyList<XlsxCell?>> Rows, string? FrozenAt, IReadOnlyList<double> ColumnWidths)
{
    public IReadOnlyList<string> Header => [.. Rows[0].Select(c => c?.Text ?? "")];

    public IEnumerable<IReadOnlyList<XlsxCell?>> Records => Rows.Skip(1);

    public int Column(string header) => Header.ToList().IndexOf(header);
}

/// <summary>Reads a workbook back with the OpenXML SDK, independently of how the app wrote it.</summary>
internal sealed class Xlsx
{
    public required IReadOnlyList<XlsxSheet> Sheets { get; init; }

    public required IReadOnlyList<string> Errors { get; init; }

    public required IDictionary<string, string?> Properties { get; init; }

    public XlsxSheet this[string name] => Sheets.Single(s => s.Name == name);

    public static Xlsx Read(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var cellFormats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var links = part.Worksheet.Descendants<Hyperlink>().ToDictionary(
                h => h.Reference!.Value!, h => part.HyperlinkRelationships.Single(r => r.Id == h.Id).Uri.ToString());
            var rows = part.Worksheet.Descendants<Row>().Select(row =>
            {
                var cells = new List<XlsxCell?>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference!);
                    while (cells.Count < column) cells.Add(null);
                    var style = cellFormats[(int)(cell.StyleIndex?.Value ?? 0)];
                    var formatId = style.NumberFormatId?.Value ?? 0;
                    var number = cell.DataType?.Value == CellValues.Number || cell.DataType is null
                        ? decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
                        : (decimal?)null;
                    cells.Add(new XlsxCell(
                        number is null ? cell.InlineString?.InnerText ?? cell.CellValue?.Text : null,
                        number,
                        formats.GetValueOrDefault(formatId),
                        fonts[(int)(style.FontId?.Value ?? 0)].Italic is not null,
                        links.GetValueOrDefault(cell.CellReference!)));
                }
                return (IReadOnlyList<XlsxCell?>)cells;
            }).ToList();
            var pane = part.Worksheet.Descendants<Pane>().SingleOrDefault();
            var frozen = pane?.State?.Value == PaneStateValues.Frozen ? pane.TopLeftCell?.Value : null;
            var widths = part.Worksheet.Descendants<Column>().Where(c => c.Width is not null)
                .Select(c => c.Width!.Value).ToList();
            return new XlsxSheet(sheet.Name!, rows, frozen, widths);
        }).ToList();
        var core = document.CoreFilePropertiesPart!;
        using var coreStream = core.GetStream();
        var xml = System.Xml.Linq.XDocument.Load(coreStream);
        return new Xlsx
        {
            Sheets = sheets,
            Errors =
            [
                .. new OpenXmlValidator().Validate(document)
                    .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"),
            ],
            Properties = xml.Root!.Elements().ToDictionary(e => e.Name.LocalName, e => (string?)e.Value),
        };
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) index = index * 26 + (ch - 'A' + 1);
        return index - 1;
    }
}
