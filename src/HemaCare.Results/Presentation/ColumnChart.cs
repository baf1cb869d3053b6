using HemaCare.Results.Facts;

namespace HemaCare.Results.Presentation;

/// <summary>One series of a grouped column chart: a fact (or none) per category.</summary>
public sealed record ChartSeries(string Name, string Colour, IReadOnlyList<Fact?> Values);

/// <summary>
/// A grouped column chart. Its data is always taken from a <see cref="FigureTable"/> the page shows beside it,
/// so the table holds every value the chart draws.
/// </summary>
public sealed record ColumnChart(string Id, string Title, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    // Colours with at least 3:1 contrast against the chart's white background (WCAG non-text contrast).
    public static readonly string[] Palette = ["#1d5fa6", "#b4580e", "#2e7d32", "#7b3fa0", "#a61d4d", "#00707a"];

    public bool IsEmpty => Series.All(s => s.Values.All(v => v is null));

    /// <summary>Each figure the chart draws, in words: the text alternative of the drawing.</summary>
    public string Describe() =>
        string.Join("; ", Categories.Select((category, c) =>
            category + ": " + string.Join(", ", Series.Select(s => $"{s.Name} {(s.Values[c] is { } f ? FigureFormatter.Format(f) : "not stated")}"))));

    /// <summary>"Category (series)" for every bar the scripts give no figure for; the chart leaves a gap there.</summary>
    public IReadOnlyList<string> NotStated =>
        [.. Categories.SelectMany((category, c) => Series.Where(s => s.Values[c] is null).Select(s => $"{category} ({s.Name})"))];

    /// <summary>Columns of a table become series; its rows become categories.</summary>
    public static ColumnChart FromColumns(string id, string title, string unit, FigureTable table, IReadOnlyList<int> columns, IReadOnlyList<string>? names = null) =>
        new(id, title, unit, [.. table.Rows.Select(r => r.Label)],
            [.. columns.Select((c, i) => new ChartSeries(names?[i] ?? table.Columns[c], Palette[i % Palette.Length], [.. table.Rows.Select(r => r.Cells[c])]))]);
}
