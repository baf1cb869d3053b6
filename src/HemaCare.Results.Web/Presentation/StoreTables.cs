using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>The tables that span every period in the store: segment history, liquidity and debt reduction.</summary>
public static class StoreTables
{
    private static readonly string[] SegmentMetrics = [Metrics.Revenue, Metrics.GrossProfit];

    /// <summary>Each segment's and program's revenue and gross profit in every period the filter keeps.</summary>
    public static FigureTable SegmentHistory(ResultsSnapshot snapshot, SegmentFilter? filter = null)
    {
        filter ??= SegmentFilter.All;
        var facts = snapshot.Facts
            .Where(f => SegmentMetrics.Contains(f.Metric) && filter.Includes(ScopeKey.Of(f))
                && filter.Includes(Period.Parse(f.Period)))
            .ToList();
        var periods = PeriodsOf(facts);
        var rows = ScopeTree.Order(facts.Select(ScopeKey.Of))
            .SelectMany(s => SegmentMetrics.Select(metric => new FigureRow(
                s.Scope.Label, s.Depth, Metrics.LabelOf(metric),
                [.. periods.Select(p => snapshot.Index.Find(p.Code, s.Scope, metric))])))
            .Where(r => r.Cells.Any(c => c is not null))
            .ToList();
        return new FigureTable($"Segment and program revenue and gross profit, {filter.Describe()}",
            "Segment or program",
            [.. periods.Select(p => p.Label)], rows);
    }

    public static FigureTable Liquidity(ResultsSnapshot snapshot)
    {
        var dates = PeriodsOf(snapshot.Facts.Where(f => f.IsCompany
            && HeadlineFigures.BalanceSheetMetrics.Contains(f.Metric)));
        return new FigureTable("Liquidity at each balance-sheet date", "Balance-sheet date",
            [.. HeadlineFigures.BalanceSheetMetrics.Select(Metrics.LabelOf)],
            [
                .. dates.Select(d => new FigureRow(d.Label, 0, "",
                    [.. HeadlineFigures.BalanceSheetMetrics.Select(m => Company(snapshot, d, m))])),
            ]);
    }

    /// <summary>The column of <see cref="Liquidity"/> that holds a balance-sheet metric.</summary>
    public static int LiquidityColumn(string metric) =>
        Array.IndexOf(HeadlineFigures.BalanceSheetMetrics, metric) is var column and >= 0
            ? column
            : throw new ArgumentException($"The liquidity table has no column for '{metric}'.", nameof(metric));

    public static FigureTable DebtReduction(ResultsSnapshot snapshot)
    {
        var periods = PeriodsOf(snapshot.Facts.Where(f => f.IsCompany && f.Metric == Metrics.DebtReduction));
        return new FigureTable("Debt reduction by period", "Period", [Metrics.LabelOf(Metrics.DebtReduction)],
            [
                .. periods.Select(p => new FigureRow(p.Label, 0, "",
                    [Company(snapshot, p, Metrics.DebtReduction)])),
            ]);
    }

    private static Fact? Company(ResultsSnapshot snapshot, Period period, string metric) =>
        snapshot.Index.Find(period.Code, ScopeKey.Company, metric);

    private static List<Period> PeriodsOf(IEnumerable<Fact> facts) =>
        [.. facts.Select(f => f.Period).Distinct().Select(Period.Parse).OrderBy(p => p.SortKey)];
}
