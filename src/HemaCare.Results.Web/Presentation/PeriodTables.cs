using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// The tables of a period view, each against the prior-year period: for a duration the income summary and the
/// segment table, for a balance-sheet date the balance sheet.
/// </summary>
public static class PeriodTables
{
    private static readonly (string Level, string[] Changes)[] SegmentMetrics =
    [
        (Metrics.Revenue, [Metrics.RevenueChangePct, Metrics.RevenueChange]),
        (Metrics.GrossProfit, [Metrics.GrossProfitChange]),
        (Metrics.GrossMarginPct, [Metrics.GrossMarginChangePp]),
    ];

    /// <summary>
    /// Every table a period view shows, in order: income and segments for a duration, the balance sheet for a date,
    /// then the figures stated for the period that neither shows.
    /// </summary>
    public static IReadOnlyList<FigureTable> View(ResultsSnapshot snapshot, Period period)
    {
        FigureTable[] main = period.IsInstant
            ? [BalanceSheet(snapshot, period)]
            : [Income(snapshot, period), Segments(snapshot, period)];
        return [.. main, OtherStated(snapshot, period, main)];
    }

    /// <summary>
    /// The stated figures of the period that none of <paramref name="shown"/> holds (tax benefit, procedures,
    /// valuation allowance, …), each statement on its own row, by scope and then in vocabulary order.
    /// </summary>
    public static FigureTable OtherStated(ResultsSnapshot snapshot, Period period, IEnumerable<FigureTable> shown)
    {
        var shownKeys = shown.SelectMany(t => t.Figures).Select(x => x.Fact.Key).ToHashSet();
        var metricOrder = Metrics.All.Select(m => m.Code).ToList();
        var seen = new HashSet<(string, string, string, string)>();
        var rows = snapshot.Facts
            .Where(f => f.Basis == Basis.Stated && f.Period == period.Code && !shownKeys.Contains(f.Key))
            .OrderBy(f => ScopeKey.Of(f).Order).ThenBy(f => metricOrder.IndexOf(f.Metric))
            .Select(f => new FigureRow(
                $"{ScopeKey.Of(f).Label}: {Metrics.LabelOf(f.Metric)}{(seen.Add(f.Key) ? "" : " (stated again)")}",
                0, "", [f]))
            .ToList();
        return new FigureTable($"Other figures stated for {period.Label}", "Figure", [period.Label], rows);
    }

    public static FigureTable Income(ResultsSnapshot snapshot, Period period) =>
        AgainstPriorYear("Income summary", period, HeadlineFigures.IncomeSummary(snapshot, period));

    public static FigureTable BalanceSheet(ResultsSnapshot snapshot, Period date) =>
        AgainstPriorYear("Balance sheet", date, HeadlineFigures.BalanceSheet(snapshot, date));

    /// <summary>A figure per row, in columns for the period, the same period a year earlier, and the change.</summary>
    private static FigureTable AgainstPriorYear(string name, Period period, IReadOnlyList<FigureLine> lines) =>
        new($"{name}, {period.Label} against {period.PriorYear.Label}", "Figure",
            [period.Label, period.PriorYear.Label, "Change"],
            [.. lines.Select(l => new FigureRow(l.Label, 0, "", [l.Current, l.Prior, l.Change]))]);

    /// <summary>
    /// Scopes in rows; for each metric of <see cref="SegmentMetrics"/>, columns for the period, the prior year
    /// and the change (<see cref="SegmentColumn"/> finds them).
    /// </summary>
    public static FigureTable Segments(ResultsSnapshot snapshot, Period period)
    {
        var prior = period.PriorYear;
        var metrics = SegmentMetrics.SelectMany(m => m.Changes.Prepend(m.Level)).ToHashSet(StringComparer.Ordinal);
        var scopes = snapshot.Facts
            .Where(f => !f.IsCompany && metrics.Contains(f.Metric))
            .Where(f => f.Period == period.Code || f.Period == prior.Code)
            .Select(ScopeKey.Of);
        var rows = ScopeTree.Order(scopes).Select(s => new FigureRow(s.Scope.Label, s.Depth, "", [
            .. SegmentMetrics.SelectMany(m => new[]
            {
                snapshot.Index.Find(period.Code, s.Scope, m.Level),
                snapshot.Index.Find(prior.Code, s.Scope, m.Level),
                m.Changes.Select(c => snapshot.Index.Find(period.Code, s.Scope, c)).FirstOrDefault(f => f is not null),
            }),
        ])).ToList();
        return new FigureTable(
            $"Segments and programs, {period.Label} against {prior.Label}",
            "Segment or program",
            [
                .. SegmentMetrics.Select(m => Metrics.LabelOf(m.Level)).SelectMany(label => new[]
                {
                    $"{label} {period.Label}", $"{label} {prior.Label}", $"{label} change",
                }),
            ],
            rows);
    }

    /// <summary>
    /// The column of <see cref="Segments"/> that holds a metric's level for the period or its prior year.
    /// </summary>
    public static int SegmentColumn(string metric, bool priorYear)
    {
        var block = Array.FindIndex(SegmentMetrics, m => m.Level == metric);
        if (block < 0) throw new ArgumentException($"The segment table has no columns for '{metric}'.", nameof(metric));
        return block * ColumnsPerMetric + (priorYear ? 1 : 0);
    }

    private const int ColumnsPerMetric = 3;

    /// <summary>
    /// Whether the store holds any figure for the prior-year period, so the view can say what is missing.
    /// </summary>
    public static bool HasPriorYear(ResultsSnapshot snapshot, Period period) =>
        snapshot.FindPeriod(period.PriorYear.Code) is not null;
}
