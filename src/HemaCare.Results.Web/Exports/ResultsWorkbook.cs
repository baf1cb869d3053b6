using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// The workbooks the site serves, built from the same Presentation tables the pages render: the whole store
/// (every reported period's view, the segment and liquidity tables, each year quarter by quarter, every fact and
/// check) or one period view (its tables, the facts of the period and of its basis period, and their checks).
/// </summary>
public static class ResultsWorkbook
{
    public const string Title = "HemaCare 2003 results";

    public static WorkbookContent Whole(ResultsSnapshot snapshot, string baseUrl)
    {
        var names = Names();
        var tables = new List<WorkbookSheet>();
        var dates = new HashSet<Period>();
        foreach (var period in snapshot.ReportedPeriods)
        {
            tables.AddRange(PeriodSheets(snapshot, period, names));
            if (snapshot.FindPeriod(HeadlineFigures.BalanceSheetDateOf(period).Code) is { } date && dates.Add(date))
                tables.AddRange(PeriodSheets(snapshot, date, names));
        }
        tables.AddRange(Sheets(names,
            ("Segments", StoreTables.SegmentHistory(snapshot)),
            ("Liquidity", StoreTables.Liquidity(snapshot)),
            ("Debt reduction", StoreTables.DebtReduction(snapshot))));
        foreach (var year in QuarterTables.Years(snapshot))
            tables.AddRange(Sheets(names,
                ($"{year} Quarters", QuarterTables.Income(snapshot, year)),
                ($"{year} Quarter ends", QuarterTables.BalanceSheet(snapshot, year))));
        tables.Add(FactsSheet.From(snapshot.Facts, baseUrl, "Every figure in the store, stated and derived"));
        tables.Add(ChecksSheet.From(CheckList.Build(snapshot), "Reconciliation checks, failures first"));
        return Content(snapshot, Title, "Every figure, table and check the dashboard shows", tables);
    }

    /// <summary>One period view against <paramref name="basis"/> (by default the same period a year earlier).</summary>
    public static WorkbookContent ForPeriod(
        ResultsSnapshot snapshot, Period period, string baseUrl, Period? basis = null)
    {
        basis ??= period.PriorYear;
        var periods = new HashSet<string>(StringComparer.Ordinal) { period.Code, basis.Code };
        var tables = PeriodSheets(snapshot, period, Names(), basis).ToList();
        tables.Add(FactsSheet.From(snapshot.Facts.Where(f => periods.Contains(f.Period)), baseUrl,
            $"Every figure for {period.Label} and {basis.Label}"));
        tables.Add(ChecksSheet.From(CheckList.Build(snapshot).Where(c => periods.Contains(c.Check.Period)),
            $"Reconciliation checks of {period.Label} and {basis.Label}"));
        var subject = $"The {period.Label} view against {basis.Label}";
        return Content(snapshot, $"{Title}: {period.Label}", subject, tables);
    }

    private static SheetNames Names() => new(AboutSheet.Name, FactsSheet.Name, ChecksSheet.Name);

    /// <summary>
    /// The tables a period view shows: income and segments for a duration, the balance sheet for a date.
    /// </summary>
    private static IEnumerable<WorkbookSheet> PeriodSheets(
        ResultsSnapshot snapshot, Period period, SheetNames names, Period? basis = null) =>
        period.IsInstant
            ? Sheets(names, ($"{period.Code} Balance sheet", PeriodTables.BalanceSheet(snapshot, period, basis)))
            : Sheets(names,
                ($"{period.Code} Income", PeriodTables.Income(snapshot, period, basis)),
                ($"{period.Code} Segments", PeriodTables.Segments(snapshot, period, basis)));

    /// <summary>A table with no rows is not on the page (it says what is missing instead): no sheet.</summary>
    private static IEnumerable<WorkbookSheet> Sheets(
        SheetNames names, params (string Name, FigureTable Table)[] tables) =>
        [.. tables.Where(t => t.Table.Rows.Count > 0).Select(t => TableSheet.From(names.Claim(t.Name), t.Table))];

    private static WorkbookContent Content(
        ResultsSnapshot snapshot, string title, string subject, List<WorkbookSheet> sheets)
    {
        var documents = snapshot.Documents.Select(d => d.FileName).ToList();
        var about = AboutSheet.From(title, documents, snapshot.Version, sheets);
        return new WorkbookContent(
            title,
            subject,
            $"Figures from HemaCare Corporation's earnings-call scripts {string.Join(" and ", documents)}, "
                + $"stated or derived; store version {snapshot.Version}.",
            "HemaCare; 2003; earnings call; " + string.Join("; ", snapshot.Documents.Select(d => d.Code)),
            [about, .. sheets]);
    }
}
