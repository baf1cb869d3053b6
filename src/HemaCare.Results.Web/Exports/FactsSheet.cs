using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// Every fact in long form, one row each, with the fields of /api/facts and the figure's own page as a link.
/// Value, low and high are numbers; the value is italic when derived, and the basis column says so in words.
/// </summary>
public static class FactsSheet
{
    public const string Name = "Facts";

    public static readonly string[] Header =
    [
        "id", "period", "segment", "program", "metric", "value", "unit", "decimals", "low", "high", "basis",
        "qualifier", "formula", "inputs", "document", "url", "quote",
    ];

    public static WorkbookSheet From(IEnumerable<Fact> facts, string baseUrl, string caption) =>
        new(Name, caption, Header, [.. facts.Select(f => Row(f, baseUrl))], FrozenColumns: 1, Filter: true)
        {
            PagesWide = 3,
        };

    private static IReadOnlyList<SheetCell> Row(Fact f, string baseUrl) =>
    [
        SheetCell.Of(f.Id), SheetCell.Of(f.Period), SheetCell.Of(f.Segment), SheetCell.Of(f.Program),
        SheetCell.Of(f.Metric), TableSheet.Figure(f), SheetCell.Of(f.Unit),
        SheetCell.Of(f.Decimals, "0"), .. TableSheet.Bounds(f),
        SheetCell.Of(WireNames.Of(f.Basis)), SheetCell.Of(f.Qualifier),
        SheetCell.Of(f.Formula), SheetCell.Of(string.Join(" ", f.Inputs)), SheetCell.Of(f.Document),
        SheetCell.Hyperlink(FactUrl(baseUrl, f.Id)), SheetCell.Of(f.Quote),
    ];

    /// <summary>The absolute address of a figure's page, so the link works from a saved file.</summary>
    public static string FactUrl(string baseUrl, string id) =>
        string.Create(CultureInfo.InvariantCulture, $"{baseUrl.TrimEnd('/')}/facts/{Uri.EscapeDataString(id)}");
}
