using HemaCare.Results.Facts;
using System.Globalization;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// A year quarter by quarter: the income figures and each segment's revenue and gross profit in columns Q1,
/// Q2, H1, Q3, Q4 and FY, and the balance sheet at each quarter end. Every cell is the store's figure (stated
/// or derived) or says why there is none.
/// </summary>
public static class QuarterTables
{
    /// <summary>The duration columns in reading order: the half-year after its quarters, the year last.</summary>
    public static readonly string[] Slots = ["Q1", "Q2", "H1", "Q3", "Q4", "FY"];

    private static readonly string[] IncomeMetrics =
    [
        Metrics.Revenue, Metrics.GrossProfit, Metrics.GrossMarginPct, Metrics.GAndA, Metrics.NetIncome,
        Metrics.EpsBasic, Metrics.EpsDiluted,
    ];

    private static readonly string[] SegmentMetrics = [Metrics.Revenue, Metrics.GrossProfit];

    /// <summary>The years the store has a figure for a duration of, oldest first.</summary>
    public static IReadOnlyList<int> Years(ResultsSnapshot snapshot) =>
        [.. snapshot.Periods.Where(p => !p.IsInstant).Select(p => p.Year).Distinct().Order()];

    /// <summary>The year a <c>/quarters/{year}</c> address names, if the store has figures for it.</summary>
    public static int? FindYear(ResultsSnapshot snapshot, string? text) =>
        text is { Length: 4 }
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && Years(snapshot).Contains(year)
            ? year
            : null;

    public static IReadOnlyList<Period> Columns(int year) =>
        [.. Slots.Select(s => Period.Parse($"{year.ToString(CultureInfo.InvariantCulture)}-{s}"))];

    public static FigureTable Income(ResultsSnapshot snapshot, int year)
    {
        var periods = Columns(year);
        var company = IncomeMetrics.Select(m => Row(snapshot, Metrics.LabelOf(m), 0, periods, ScopeKey.Company, m));
        var segments = Scope.Segments.Select(s => new ScopeKey(s, "")).SelectMany(scope => SegmentMetrics.Select(m =>
            Row(snapshot, $"{scope.Label} {FigureNames.Measure(m)}", 1, periods, scope, m)));
        return new FigureTable($"{year} quarter by quarter: income and segments", "Figure",
            [.. periods.Select(p => p.Label)], [.. company, .. segments]);
    }

    /// <summary>The balance sheet at the end of each quarter of the year.</summary>
    public static FigureTable BalanceSheet(ResultsSnapshot snapshot, int year)
    {
        var dates = Columns(year).Where(p => p.Kind == PeriodKind.Quarter)
            .Select(HeadlineFigures.BalanceSheetDateOf).ToList();
        return new FigureTable($"Balance sheet at each quarter end of {year}", "Figure",
            [.. dates.Select(d => d.Label)],
            [
                .. HeadlineFigures.BalanceSheetMetrics.Select(m =>
                    Row(snapshot, Metrics.LabelOf(m), 0, dates, ScopeKey.Company, m)),
            ]);
    }

    private static FigureRow Row(
        ResultsSnapshot snapshot, string label, int depth, IReadOnlyList<Period> periods, ScopeKey scope,
        string metric) =>
        FigureRow.Of(label, depth, "", periods.Select(p => PeriodTables.Level(snapshot, p, scope, metric)));
}
