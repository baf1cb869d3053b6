using System.Globalization;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

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

    /// <summary>
    /// A company figure for a period, the same figure a year earlier, and its stated or derived change.
    /// </summary>
    public static FigureLine Line(
        ResultsSnapshot snapshot, Period period, string metric, string? changeMetric, string? label = null)
    {
        var company = ScopeKey.Company;
        var current = snapshot.Index.Find(period.Code, company, metric);
        var prior = snapshot.Index.Find(period.PriorYear.Code, company, metric);
        var change = changeMetric is null ? null : snapshot.Index.Find(period.Code, company, changeMetric);
        return new FigureLine(label ?? Metrics.LabelOf(metric), metric, current, prior, change);
    }
}
