using HemaCare.Results.Facts;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// A page's table as a sheet, laid out cell for cell as the page shows it: the row header (programs indented
/// under their segment), the metric column where the table has one, then one column per table column. Missing
/// figures are empty cells. Derived figures are italic and shown no more precisely than their interval allows;
/// the interval itself is in the Facts sheet's low and high columns, as the footnote says, because low/high
/// columns beside every derived column would triple the width of the segment tables.
/// </summary>
public static class TableSheet
{
    public const string Footnote =
        "Italic figures are derived; the Facts sheet gives every figure's interval (low, high) and source.";

    public static WorkbookSheet From(string name, FigureTable table)
    {
        string[] header =
            [table.RowHeader, .. table.HasMetricColumn ? ["Metric"] : Array.Empty<string>(), .. table.Columns];
        var rows = table.Rows.Select(row => (IReadOnlyList<SheetCell>)
        [
            SheetCell.Of(row.Label, row.Depth),
            .. table.HasMetricColumn ? [SheetCell.Of(row.Metric)] : Array.Empty<SheetCell>(),
            .. row.Cells.Select(fact => fact is null ? SheetCell.Empty : Figure(fact)),
        ]).ToList();
        return new WorkbookSheet(name, table.Caption, header, rows, FrozenColumns: table.HasMetricColumn ? 2 : 1)
        {
            Footnote = Footnote,
            FiguresFrom = header.Length - table.Columns.Count,
        };
    }

    /// <summary>A figure's value cell, italic when derived.</summary>
    public static SheetCell Figure(Fact fact) =>
        SheetCell.Of(fact.Value, ExcelNumberFormats.Value(fact), fact.Basis == Basis.Derived);

    public static SheetCell[] Bounds(Fact fact) =>
    [
        SheetCell.Of(fact.Low, ExcelNumberFormats.Bound(fact), fact.Basis == Basis.Derived),
        SheetCell.Of(fact.High, ExcelNumberFormats.Bound(fact), fact.Basis == Basis.Derived),
    ];
}
