using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// One row of a figure table: a row header (indented by depth), an optional metric label and one fact or none per
/// column.
/// </summary>
public sealed record FigureRow(string Label, int Depth, string Metric, IReadOnlyList<Fact?> Cells)
{
    /// <summary>Why each empty cell is empty, by column; empty when the builder gave no reasons.</summary>
    public IReadOnlyList<CellGap?> Gaps { get; init; } = [];

    public CellGap? GapAt(int column) => column < Gaps.Count && Cells[column] is null ? Gaps[column] : null;

    /// <summary>A row from resolved cells, keeping each empty cell's reason.</summary>
    public static FigureRow Of(string label, int depth, string metric, IEnumerable<TableCell> cells)
    {
        var list = cells.ToList();
        return new FigureRow(label, depth, metric, [.. list.Select(c => c.Fact)])
        {
            Gaps = [.. list.Select(c => c.Fact is null ? c.Gap : null)],
        };
    }
}
