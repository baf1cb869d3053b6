namespace HemaCare.Results.Web.Exports;

/// <summary>
/// The first sheet: what each sheet holds (its caption on the page) and how to read the numbers, so a
/// workbook passed around without the site still says where its figures come from.
/// </summary>
public static class AboutSheet
{
    public const string Name = "About";

    public static WorkbookSheet From(string title, IReadOnlyList<string> documents, string version,
        IEnumerable<WorkbookSheet> sheets)
    {
        var rows = new List<IReadOnlyList<SheetCell>> { Line("Workbook", title) };
        rows.AddRange(sheets.Select(s => Line(s.Name, s.Caption)));
        rows.Add(Line("Sources", "HemaCare's earnings-call scripts: " + string.Join(", ", documents) + "."));
        rows.AddRange(Notes.Select(n => Line("Note", n)));
        rows.Add(Line("Store version", version));
        return new WorkbookSheet(Name, title, ["Sheet", "What it holds"], rows);
    }

    public static readonly string[] Notes =
    [
        "Every figure is a numeric cell holding the figure's exact value, the same number /api/facts and the CSV "
            + "exports carry; the number format only rounds what is shown.",
        "Percentages are in percent units: 5.4 means 5.4% and shows as 5.4%. Margin changes are percentage "
            + "points (pp).",
        "Italic figures are derived from other figures (the Facts sheet gives the formula and inputs); "
            + "the rest are stated in a script.",
        "A format shows no more digits than the figure supports: a stated figure as precisely as the script wrote "
            + "it, a derived one rounded until its interval spans at most two units of the last digit shown.",
        "The Facts sheet gives every figure's interval (low, high): the values it stands for. Where a derived "
            + "figure's interval is too wide for even a whole unit (percentages, days) or a whole million, its cell "
            + "shows that range instead of the value; the cell still holds the value.",
        "An empty cell is a figure the scripts do not state (the page shows a dash).",
    ];

    private static IReadOnlyList<SheetCell> Line(string name, string text) => [SheetCell.Of(name), SheetCell.Of(text)];
}
