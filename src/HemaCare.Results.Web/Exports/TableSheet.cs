using HemaCare.Results.Facts;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// A page's table as a sheet, laid out as the page shows it: the row header (programs indented under their
/// segment), the metric column where the table has one, then one column per table column. A column holding a
/// derived figure gains "low" and "high" columns beside it, the interval the figure stands for, because a
/// derived value can carry more digits than its inputs support. Missing figures are empty cells.
/// </summary>
public static class TableSheet
{
    public const string LowSuffix = " low";
    public const string HighSuffix = " high";

    public static WorkbookSheet From(string name, FigureTable table)
    {
        var ranged = Enumerable.Range(0, table.Columns.Count)
            .Select(i => table.Rows.Any(r => r.Cells[i] is { Basis: Basis.Derived }))
            .ToList();
        var header = new List<string> { table.RowHeader };
        if (table.HasMetricColumn) header.Add("Metric");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            header.Add(table.Columns[i]);
            if (ranged[i]) header.AddRange([table.Columns[i] + LowSuffix, table.Columns[i] + HighSuffix]);
        }
        var rows = table.Rows.Select(row => Row(table, row, ranged)).ToList();
        return new WorkbookSheet(name, table.Caption, header, rows, FrozenColumns: table.HasMetricColumn ? 2 : 1);
    }

    private static IReadOnlyList<SheetCell> Row(FigureTable table, FigureRow row, IReadOnlyList<bool> ranged)
    {
        var cells = new List<SheetCell> { SheetCell.Of(row.Label, row.Depth) };
        if (table.HasMetricColumn) cells.Add(SheetCell.Of(row.Metric));
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var fact = row.Cells[i];
            cells.Add(fact is null ? SheetCell.Empty : Figure(fact));
            if (ranged[i]) cells.AddRange(fact is null ? [SheetCell.Empty, SheetCell.Empty] : Bounds(fact));
        }
        return cells;
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
