using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>A figure for a period beside the same figure a year earlier and the change between them.</summary>
public sealed record FigureLine(string Label, string Metric, Fact? Current, Fact? Prior, Fact? Change)
{
    public bool IsMissing => Current is null && Change is null;
}

/// <summary>The figures the overview cards show, and the balance-sheet figures every view lists in one order.</summary>
public static class HeadlineFigures
{
    public static IReadOnlyList<FigureLine> Card(ResultsSnapshot snapshot, Period period) =>
    [
        Line(snapshot, period, Metrics.Revenue, Metrics.RevenueChangePct),
        Line(snapshot, period, Metrics.GrossMarginPct, Metrics.GrossMarginChangePp),
        Line(snapshot, period, Metrics.NetIncome, Metrics.NetIncomeChange),
        Line(snapshot, BalanceSheetDateOf(period), Metrics.Cash, Metrics.CashChange, "Cash at period end"),
    ];

    /// <summary>The liquidity figures given at balance-sheet dates, in the order tables show them.</summary>
    public static readonly string[] BalanceSheetMetrics =
    [
        Metrics.Cash, Metrics.LineOfCreditAvailable, Metrics.LineOfCreditOutstanding,
        Metrics.WorkingCapital, Metrics.AccountsReceivableNet, Metrics.DaysSalesOutstanding,
    ];

    /// <summary>The balance-sheet date a duration ends on (2003-Q2 → 2003-06-30).</summary>
    public static Period BalanceSheetDateOf(Period period) =>
        period.IsInstant ? period : Period.Parse(period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static FigureLine Line(ResultsSnapshot snapshot, Period period, string metric, string? changeMetric, string? label = null, ScopeKey scope = default)
    {
        var current = snapshot.Index.Find(period.Code, scope, metric);
        var prior = snapshot.Index.Find(period.PriorYear.Code, scope, metric);
        var change = changeMetric is null ? null : snapshot.Index.Find(period.Code, scope, changeMetric);
        // Pct changes have a dollar sibling the scripts sometimes state instead (revenue declined 10%; $226,000 decline).
        return new FigureLine(label ?? Metrics.LabelOf(metric), metric, current, prior, change);
    }
}
