using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Writes a page's table as CSV, one record per cell the table shows, in reading order. The row and column
/// labels say where the cell sits on screen; the rest are the fact columns of <see cref="FactCsv"/>. A cell
/// with no figure has basis <c>missing</c> (or <c>not_applicable</c>), an empty value and its reason as source.
/// </summary>
public static class TableCsv
{
    public static readonly string[] Header = ["row", "column", .. FactCsv.Header];

    public static readonly string[] CheckHeader =
    [
        "id", "rule", "period", "status", "description",
        "expected_low", "expected_high", "computed_low", "computed_high", "unit", "facts",
    ];

    public static byte[] Write(FigureTable table) => CsvDocument.Write(Header, table.Cells
        .Where(x => x.Fact is not null || x.Gap is not null)
        .Select(x => (string[])
        [
            CsvCells.Text(x.Row.Metric.Length > 0 ? $"{x.Row.Label}: {x.Row.Metric}" : x.Row.Label),
            CsvCells.Text(x.Column),
            .. x.Fact is { } fact ? FactCsv.Cells(fact) : GapCells(x.Gap!),
        ]));

    /// <summary>The fact columns of an empty cell: what figure it would hold, and why it holds none.</summary>
    private static string[] GapCells(CellGap gap)
    {
        var cells = new string[FactCsv.Header.Length];
        Array.Fill(cells, "");
        void Set(string column, string value) => cells[Array.IndexOf(FactCsv.Header, column)] = CsvCells.Text(value);
        Set("period", gap.Period);
        Set("segment", gap.Scope.Segment);
        Set("program", gap.Scope.Program);
        Set("metric", gap.Metric);
        Set("unit", Metrics.Find(gap.Metric)?.Unit ?? "");
        Set("basis", WireNames.Of(gap.Kind));
        Set("source", gap.Sentence);
        return cells;
    }

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
