using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Writes a page's table as CSV, one record per figure the table shows, in reading order. The row and column
/// labels say where the figure sits on screen; the rest are the fact columns of <see cref="FactCsv"/>.
/// </summary>
public static class TableCsv
{
    public static readonly string[] Header = ["row", "column", .. FactCsv.Header];

    public static readonly string[] CheckHeader =
    [
        "id", "rule", "period", "status", "description",
        "expected_low", "expected_high", "computed_low", "computed_high", "unit", "facts",
    ];

    public static byte[] Write(FigureTable table) => CsvDocument.Write(Header, table.Figures.Select(x => (string[])
    [
        CsvCells.Text(x.Row.Metric.Length > 0 ? $"{x.Row.Label}: {x.Row.Metric}" : x.Row.Label),
        CsvCells.Text(x.Column),
        .. FactCsv.Cells(x.Fact),
    ]));

    public static byte[] Write(IReadOnlyList<CheckLine> checks) =>
        CsvDocument.Write(CheckHeader, checks.Select(c => new[]
    {
        CsvCells.Text(c.Check.Id), CsvCells.Text(c.Check.Rule), CsvCells.Text(c.Check.Period),
        WireNames.Of(c.Check.Status), CsvCells.Text(c.Check.Description),
        CsvCells.Number(c.Check.Expected.Low), CsvCells.Number(c.Check.Expected.High),
        CsvCells.Number(c.Check.Computed.Low), CsvCells.Number(c.Check.Computed.High),
        CsvCells.Text(c.Unit), CsvCells.Text(string.Join(" ", c.Check.FactIds)),
    }));

    public static string FileName(string name) => $"hemacare-{name}.csv";
}
