using HemaCare.Results.Checks;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>The reconciliation checks as the checks page lists them (failures first), intervals as numbers.</summary>
public static class ChecksSheet
{
    public const string Name = "Checks";

    public static readonly string[] Header =
    [
        "id", "rule", "period", "status", "description", "expected low", "expected high", "computed low",
        "computed high", "unit", "facts",
    ];

    public static WorkbookSheet From(IEnumerable<CheckLine> checks, string caption) =>
        new(Name, caption, Header, [.. checks.Select(Row)], FrozenColumns: 1, Filter: true);

    private static IReadOnlyList<SheetCell> Row(CheckLine line)
    {
        var c = line.Check;
        var format = ExcelNumberFormats.Bound(line.Unit);
        return
        [
            SheetCell.Of(c.Id), SheetCell.Of(c.Rule), SheetCell.Of(c.Period),
            SheetCell.Of(WireNames.Of(c.Status)), SheetCell.Of(c.Description),
            SheetCell.Of(c.Expected.Low, format), SheetCell.Of(c.Expected.High, format),
            SheetCell.Of(c.Computed.Low, format), SheetCell.Of(c.Computed.High, format),
            SheetCell.Of(line.Unit), SheetCell.Of(string.Join(" ", c.FactIds)),
        ];
    }
}
