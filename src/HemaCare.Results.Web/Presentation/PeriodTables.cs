using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// The tables of a period view, each against a basis period (the same period a year earlier unless the view
/// asks for another): for a duration the income summary and the segment table, for a balance-sheet date the
/// balance sheet. A change is in two columns, one unit each: the difference in the row's own unit (dollars,
/// percentage points, days) and the percentage change. Every empty cell carries its reason.
/// </summary>
public static class PeriodTables
{
    public const string ChangeColumn = "Change";
    public const string ChangePctColumn = "Change %";

    /// <summary>Where the income summary and the balance sheet hold the level of the period and of its basis.</summary>
    public const int LevelColumn = 0, BasisLevelColumn = 1;

    public static readonly string[] IncomeMetrics =
    [
        Metrics.Revenue, Metrics.GrossProfit, Metrics.GrossMarginPct, Metrics.GAndA, Metrics.GAndAPctOfRevenue,
        Metrics.NetIncome, Metrics.EpsBasic, Metrics.EpsDiluted,
    ];

    /// <summary>
    /// The segment table's blocks of columns: the level now and then, its change, and its percentage change if shown.
    /// </summary>
    private static readonly (string Level, bool Relative)[] SegmentBlocks =
    [
        (Metrics.Revenue, true), (Metrics.GrossProfit, false), (Metrics.GrossMarginPct, false),
    ];

    /// <summary>
    /// Every table a period view shows, in order: income and segments for a duration, the balance sheet for a date,
    /// then the figures stated for the period that neither shows; each against <paramref name="basis"/> (by
    /// default the same period a year earlier).
    /// </summary>
    public static IReadOnlyList<FigureTable> View(ResultsSnapshot snapshot, Period period, Period? basis = null)
    {
        FigureTable[] main = period.IsInstant
            ? [BalanceSheet(snapshot, period, basis)]
            : [Income(snapshot, period, basis), Segments(snapshot, period, basis)];
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

    public static FigureTable Income(ResultsSnapshot snapshot, Period period, Period? basis = null) =>
        Against(snapshot, "Income summary", period, basis ?? period.PriorYear, IncomeMetrics);

    public static FigureTable BalanceSheet(ResultsSnapshot snapshot, Period date, Period? basis = null) =>
        Against(snapshot, "Balance sheet", date, basis ?? date.PriorYear, HeadlineFigures.BalanceSheetMetrics);

    /// <summary>A figure per row, in columns for the period, the basis period, and the change in two units.</summary>
    private static FigureTable Against(
        ResultsSnapshot snapshot, string name, Period period, Period basis, IReadOnlyList<string> metrics) =>
        new($"{name}, {period.Label} against {basis.Label}", "Figure",
            [period.Label, basis.Label, ChangeColumn, ChangePctColumn],
            [
                .. metrics.Select(m => FigureRow.Of(Metrics.LabelOf(m), 0, "",
                [
                    // In the order of LevelColumn and BasisLevelColumn.
                    Level(snapshot, period, ScopeKey.Company, m), Level(snapshot, basis, ScopeKey.Company, m),
                    ChangeFigures.Difference(snapshot, period, basis, ScopeKey.Company, m),
                    ChangeFigures.Relative(snapshot, period, basis, ScopeKey.Company, m),
                ])),
            ]);

    /// <summary>
    /// Scopes in rows; for each block of <see cref="SegmentBlocks"/>, columns for the period, the basis period and
    /// the change (<see cref="SegmentColumn"/> finds them).
    /// </summary>
    public static FigureTable Segments(ResultsSnapshot snapshot, Period period, Period? against = null)
    {
        var basis = against ?? period.PriorYear;
        var metrics = SegmentBlocks.Select(b => Metrics.FamilyOf(b.Level)!)
            .SelectMany(f => new[] { f.Level, f.Difference, f.Relative }).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var scopes = snapshot.Facts
            .Where(f => !f.IsCompany && metrics.Contains(f.Metric))
            .Where(f => f.Period == period.Code || f.Period == basis.Code)
            .Select(ScopeKey.Of);
        var rows = ScopeTree.Order(scopes).Select(s => FigureRow.Of(s.Scope.Label, s.Depth, "",
            SegmentBlocks.SelectMany(b => Block(snapshot, period, basis, s.Scope, b.Level, b.Relative)))).ToList();
        return new FigureTable(
            $"Segments and programs, {period.Label} against {basis.Label}",
            "Segment or program",
            [.. SegmentBlocks.SelectMany(b => BlockColumns(b.Level, b.Relative, period, basis))],
            rows);
    }

    /// <summary>
    /// The column of <see cref="Segments"/> that holds a metric's level for the period or for its basis period.
    /// </summary>
    public static int SegmentColumn(string metric, bool priorYear)
    {
        var block = Array.FindIndex(SegmentBlocks, b => b.Level == metric);
        if (block < 0) throw new ArgumentException($"The segment table has no columns for '{metric}'.", nameof(metric));
        return SegmentBlocks.Take(block).Sum(b => ColumnsOf(b.Relative)) + (priorYear ? 1 : 0);
    }

    /// <summary>A level as a cell: the store's figure, or why there is none.</summary>
    public static TableCell Level(ResultsSnapshot snapshot, Period period, ScopeKey scope, string metric) =>
        snapshot.Index.Find(period.Code, scope, metric) is { } fact
            ? TableCell.Of(fact)
            : TableCell.Empty(GapReasons.Level(snapshot, period.Code, scope, metric));

    /// <summary>Whether the store holds any figure for the basis period, so the view can say what is missing.</summary>
    public static bool HasBasis(ResultsSnapshot snapshot, Period basis) => snapshot.FindPeriod(basis.Code) is not null;

    private static IEnumerable<TableCell> Block(
        ResultsSnapshot snapshot, Period period, Period basis, ScopeKey scope, string level, bool relative)
    {
        yield return Level(snapshot, period, scope, level);
        yield return Level(snapshot, basis, scope, level);
        yield return ChangeFigures.Difference(snapshot, period, basis, scope, level);
        if (relative) yield return ChangeFigures.Relative(snapshot, period, basis, scope, level);
    }

    private static IEnumerable<string> BlockColumns(string level, bool relative, Period period, Period basis)
    {
        var label = Metrics.LabelOf(level);
        yield return $"{label} {period.Label}";
        yield return $"{label} {basis.Label}";
        yield return Metrics.Find(level)!.Unit == Units.Percent ? $"{label} change (pp)" : $"{label} change";
        if (relative) yield return $"{label} change %";
    }

    private static int ColumnsOf(bool relative) => relative ? 4 : 3;
}
