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

    public static readonly string[] IncomeMetrics =
    [
        Metrics.Revenue, Metrics.GrossProfit, Metrics.GrossMarginPct, Metrics.GAndA, Metrics.GAndAPctOfRevenue,
        Metrics.NetIncome, Metrics.EpsBasic, Metrics.EpsDiluted,
    ];

    public static FigureTable Income(ResultsSnapshot snapshot, Period period, Period? basis = null) =>
        Against(snapshot, "Income summary", period, basis ?? period.PriorYear, IncomeMetrics);

    public static FigureTable BalanceSheet(ResultsSnapshot snapshot, Period date, Period? basis = null) =>
        Against(snapshot, "Balance sheet", date, basis ?? date.PriorYear, HeadlineFigures.BalanceSheetMetrics);

    /// <summary>A figure per row, in columns for the period, the basis period, and the change in two units.</summary>
    private static FigureTable Against(ResultsSnapshot snapshot, string name, Period period, Period basis, IReadOnlyList<string> metrics) =>
        new($"{name}, {period.Label} against {basis.Label}", "Figure",
            [period.Label, basis.Label, ChangeColumn, ChangePctColumn],
            [
                .. metrics.Select(m => FigureRow.Of(Metrics.LabelOf(m), 0, "",
                [
                    Level(snapshot, period, ScopeKey.Company, m), Level(snapshot, basis, ScopeKey.Company, m),
                    ChangeFigures.Difference(snapshot, period, basis, ScopeKey.Company, m),
                    ChangeFigures.Relative(snapshot, period, basis, ScopeKey.Company, m),
                ])),
            ]);

    public static FigureTable Segments(ResultsSnapshot snapshot, Period period, Period? against = null)
    {
        var basis = against ?? period.PriorYear;
        string[] levels = [Metrics.Revenue, Metrics.GrossProfit, Metrics.GrossMarginPct];
        var changes = levels.SelectMany(m => new[] { Metrics.FamilyOf(m)!.Difference, Metrics.FamilyOf(m)!.Relative }).OfType<string>();
        var metrics = levels.Concat(changes).ToHashSet(StringComparer.Ordinal);
        var scopes = snapshot.Facts
            .Where(f => !f.IsCompany && metrics.Contains(f.Metric) && (f.Period == period.Code || f.Period == basis.Code))
            .Select(ScopeKey.Of);
        var rows = ScopeTree.Order(scopes).Select(s => FigureRow.Of(s.Scope.Label, s.Depth, "",
        [
            Level(snapshot, period, s.Scope, Metrics.Revenue), Level(snapshot, basis, s.Scope, Metrics.Revenue),
            ChangeFigures.Difference(snapshot, period, basis, s.Scope, Metrics.Revenue),
            ChangeFigures.Relative(snapshot, period, basis, s.Scope, Metrics.Revenue),
            Level(snapshot, period, s.Scope, Metrics.GrossProfit), Level(snapshot, basis, s.Scope, Metrics.GrossProfit),
            ChangeFigures.Difference(snapshot, period, basis, s.Scope, Metrics.GrossProfit),
            Level(snapshot, period, s.Scope, Metrics.GrossMarginPct), Level(snapshot, basis, s.Scope, Metrics.GrossMarginPct),
            ChangeFigures.Difference(snapshot, period, basis, s.Scope, Metrics.GrossMarginPct),
        ])).ToList();
        return new FigureTable(
            $"Segments and programs, {period.Label} against {basis.Label}",
            "Segment or program",
            [
                $"Revenue {period.Label}", $"Revenue {basis.Label}", "Revenue change", "Revenue change %",
                $"Gross profit {period.Label}", $"Gross profit {basis.Label}", "Gross profit change",
                $"Gross margin {period.Label}", $"Gross margin {basis.Label}", "Gross margin change (pp)",
            ],
            rows);
    }

    /// <summary>A level as a cell: the store's figure, or why there is none.</summary>
    public static TableCell Level(ResultsSnapshot snapshot, Period period, ScopeKey scope, string metric) =>
        snapshot.Index.Find(period.Code, scope, metric) is { } fact
            ? TableCell.Of(fact)
            : TableCell.Empty(GapReasons.Level(snapshot, period.Code, scope, metric));

    /// <summary>Whether the store holds any figure for the basis period, so the view can say what is missing.</summary>
    public static bool HasBasis(ResultsSnapshot snapshot, Period basis) => snapshot.FindPeriod(basis.Code) is not null;
}
