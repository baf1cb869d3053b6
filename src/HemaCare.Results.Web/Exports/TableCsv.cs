using System.Text;
using CsvHelper;
using HemaCare.Results.Checks;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Writes a page's table as CSV, one record per cell the table shows, in reading order. The row and column
/// labels say where the cell sits on screen; the rest are the fact columns of <see cref="FactCsv"/>. A cell
/// with no figure has basis <c>missing</c> (or <c>not applicable</c>), an empty value and its reason as source.
/// </summary>
public static class TableCsv
{
    public static readonly string[] Header = ["row", "column", .. FactCsv.Header];

    public static readonly string[] CheckHeader =
        ["id", "rule", "period", "status", "description", "expected_low", "expected_high", "computed_low", "computed_high", "unit", "facts"];

    public static byte[] Write(FigureTable table) => Write(Header, table.Cells
        .Where(x => x.Fact is not null || x.Gap is not null)
        .Select(x => (string[])
        [
            CsvCells.Text(x.Row.Metric.Length > 0 ? $"{x.Row.Label}: {x.Row.Metric}" : x.Row.Label), CsvCells.Text(x.Column),
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
        Set("unit", HemaCare.Results.Vocabulary.Metrics.Find(gap.Metric)?.Unit ?? "");
        Set("basis", gap.IsMissing ? "missing" : "not applicable");
        Set("source", gap.Sentence);
        return cells;
    }

    public static byte[] Write(IReadOnlyList<CheckLine> checks) => Write(CheckHeader, checks.Select(c => new[]
    {
        CsvCells.Text(c.Check.Id), CsvCells.Text(c.Check.Rule), CsvCells.Text(c.Check.Period),
        c.Check.Status == CheckStatus.Pass ? "pass" : "fail", CsvCells.Text(c.Check.Description),
        CsvCells.Number(c.Check.Expected.Low), CsvCells.Number(c.Check.Expected.High),
        CsvCells.Number(c.Check.Computed.Low), CsvCells.Number(c.Check.Computed.High),
        CsvCells.Text(c.Unit), CsvCells.Text(string.Join(" ", c.Check.FactIds)),
    }));

    private static byte[] Write(string[] header, IEnumerable<string[]> records)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.Preamble);
        var options = new CsvWriterOptions { NewLine = "\r\n", Injection = CsvInjection.None };
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        using (var csv = CsvWriter.Create(writer, options, leaveOpen: true))
        {
            csv.WriteRecord(header);
            foreach (var record in records) csv.WriteRecord(record);
        }
        return buffer.ToArray();
    }

    public static string FileName(string name) => $"hemacare-{name}.csv";
}
