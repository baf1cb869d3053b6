namespace HemaCare.Results.Web.Exports;

/// <summary>
/// One sheet: a header row, then records. <see cref="Caption"/> is the table's caption on the page; it heads the
/// printed page and the About sheet's contents. <see cref="FrozenColumns"/> keeps row labels in view.
/// </summary>
public sealed record WorkbookSheet(
    string Name, string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<SheetCell>> Rows,
    int FrozenColumns = 0, bool Filter = false);
