namespace HemaCare.Results.Web.Exports;

/// <summary>
/// One sheet: a header row, then records. <see cref="Caption"/> is the table's caption on the page; it heads the
/// printed page and the About sheet's contents. <see cref="FrozenColumns"/> keeps row labels in view. A long sheet
/// (<see cref="Filter"/>) gets a filter and repeats its header row and first column on every printed page.
/// </summary>
public sealed record WorkbookSheet(
    string Name, string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<SheetCell>> Rows,
    int FrozenColumns = 0, bool Filter = false)
{
    /// <summary>Printed at the foot of every page.</summary>
    public string Footnote { get; init; } = "HemaCare 2003 results";

    /// <summary>The first column of figures in a table, whose headers are right-aligned as on the page.</summary>
    public int? FiguresFrom { get; init; }

    /// <summary>How many pages wide the sheet prints: a table one, the wide Facts sheet more.</summary>
    public int PagesWide { get; init; } = 1;
}
