using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// A page's table as a spreadsheet lays it out: one record per table row, one column per table column, a plain
/// invariant number in each figure cell, rounded to the digits the figure supports, and nothing where the page
/// shows a dash. The row header and metric columns come first, as on the page. Provenance (stated or derived,
/// quotes, formulas) and each figure's interval are in the long form.
/// </summary>
public static class WideCsv
{
    public static byte[] Write(FigureTable table)
    {
        string[] header =
            [table.RowHeader, .. table.HasMetricColumn ? ["Metric"] : Array.Empty<string>(), .. table.Columns];
        return CsvDocument.Write([.. header.Select(CsvCells.Text)], table.Rows.Select(row => (string[])
        [
            CsvCells.Text(row.Label),
            .. table.HasMetricColumn ? [CsvCells.Text(row.Metric)] : Array.Empty<string>(),
            .. row.Cells.Select(f => f is null ? "" : CsvCells.Figure(f)),
        ]));
    }
}
