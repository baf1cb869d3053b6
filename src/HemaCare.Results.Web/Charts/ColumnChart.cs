using HemaCare.Results.Facts;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Charts;

/// <summary>
/// A grouped column chart. Its data is always taken from a <see cref="FigureTable"/> the page shows beside it,
/// so the table holds every value the chart draws. Build it with <see cref="Create"/>, which leaves out the
/// categories and series with no figure at all and names every gap in <see cref="NotStated"/>.
/// </summary>
public sealed record ColumnChart(string Id, string Title, string Unit, IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<string> NotStated)
{
    // Colours with at least 3:1 contrast against the chart's white background (WCAG non-text contrast).
    public static readonly string[] Palette = ["#1d5fa6", "#b4580e", "#2e7d32", "#7b3fa0", "#a61d4d", "#00707a"];

    public bool IsEmpty => Series.Count == 0;

    /// <summary>
    /// Whether a category far larger than the rest is cut at the axis end instead of stretching it (see
    /// <see cref="ChartAxis"/>): for ratios of small parts, such as programs' margins, where a small base makes one
    /// value huge. Never for figures whose size is the story (net income by quarter, segments' margins).
    /// </summary>
    public bool ClipOutliers { get; init; }

    public static ColumnChart Create(string id, string title, string unit, IReadOnlyList<string> categories,
        IReadOnlyList<ChartSeries> series)
    {
        var present = series.Where(s => s.Values.Any(v => v is not null)).ToList();
        var notStated = series.Except(present).Select(s => $"{s.Name} (no figures)")
            .Concat(categories
                .Select((category, c) =>
                    (category, missing: present.Where(s => s.Values[c] is null).Select(s => s.Name).ToList()))
                .Where(x => x.missing.Count > 0)
                .Select(x => $"{x.category} ({string.Join(", ", x.missing)})"))
            .ToList();
        var drawn = Enumerable.Range(0, categories.Count)
            .Where(c => present.Any(s => s.Values[c] is not null)).ToList();
        return new ColumnChart(id, title, unit, [.. drawn.Select(c => categories[c])],
            [.. present.Select(s => s with { Values = [.. drawn.Select(c => s.Values[c])] })],
            notStated);
    }

    /// <summary>Columns of a table become series; its rows become categories.</summary>
    public static ColumnChart FromColumns(string id, string title, string unit, FigureTable table,
        IReadOnlyList<int> columns, IReadOnlyList<string>? names = null) =>
        Create(id, title, unit, [.. table.Rows.Select(r => r.Label)],
            [.. columns.Select((c, i) => new ChartSeries(names?[i] ?? table.Columns[c], Palette[i % Palette.Length],
                [.. table.Rows.Select(r => r.Cells[c])]))]);

    /// <summary>Each figure the chart draws, and each gap, in words: the text alternative of the drawing.</summary>
    public string Describe() =>
        string.Join("; ", Categories.Select((category, c) =>
            category + ": " + string.Join(", ", Series
                .Where(s => s.Values[c] is not null)
                .Select(s => $"{s.Name} {FigureFormatter.Format(s.Values[c]!)}"))))
        + (NotStated.Count > 0 ? ". Not stated: " + string.Join("; ", NotStated) : "");
}
