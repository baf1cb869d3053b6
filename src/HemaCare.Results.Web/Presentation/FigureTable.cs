using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// A table of figures as a page shows it and a CSV export writes it. Pages and exports both build from the
/// same instance, so the download holds exactly the figures on screen.
/// </summary>
public sealed record FigureTable(string Caption, string RowHeader, IReadOnlyList<string> Columns,
    IReadOnlyList<FigureRow> Rows)
{
    public bool HasMetricColumn => Rows.Any(r => r.Metric.Length > 0);

    /// <summary>
    /// Every figure shown, in reading order (row by row, left to right), with its row and column labels.
    /// </summary>
    public IEnumerable<(FigureRow Row, string Column, Fact Fact)> Figures =>
        Rows.SelectMany(row => row.Cells.Select((fact, i) => (row, Columns[i], fact)))
            .Where(x => x.fact is not null)
            .Select(x => (x.row, x.Item2, x.fact!));

    /// <summary>
    /// Every cell in reading order: its figure, or why it has none (a gap no builder explained has neither).
    /// </summary>
    public IEnumerable<(FigureRow Row, string Column, Fact? Fact, CellGap? Gap)> Cells =>
        Rows.SelectMany(row => row.Cells.Select((fact, i) => (row, Columns[i], fact, row.GapAt(i))));

    /// <summary>The empty cells whose figure the scripts do not give, with their reasons: the table's notes.</summary>
    public IReadOnlyList<(FigureRow Row, string Column, CellGap Gap)> MissingNotes =>
        [.. Cells.Where(c => c.Gap is { IsMissing: true }).Select(c => (c.Row, c.Column, c.Gap!))];
}
