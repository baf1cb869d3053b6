using System.Globalization;

namespace HemaCare.Results.Web;

/// <summary>
/// Every URL the site links to, built in one place. Pages, exports and tests all use these, so a route that
/// changes changes everywhere at once. Codes and ids are URL-safe by construction (period codes, document
/// codes from file names, lowercase fact ids), so nothing here escapes them.
/// </summary>
public static class Links
{
    public const string Overview = "/";
    public const string Periods = "/periods";
    public const string Segments = "/segments";
    public const string Liquidity = "/liquidity";
    public const string Sources = "/sources";
    public const string Checks = "/checks";
    public const string Quarters = "/quarters";

    /// <summary>A period view; with <paramref name="vs"/>, compared with that period, not a year earlier.</summary>
    public static string Period(string code, string? vs = null) => $"/periods/{code}{Vs(vs)}";

    /// <summary>The segment history, filtered (<see cref="Presentation.SegmentFilter"/>).</summary>
    public static string SegmentsFiltered(Presentation.SegmentFilter filter) => Segments + Query(
        ("length", filter.LengthCode), ("segment", filter.SegmentCode));

    /// <summary>A year quarter by quarter.</summary>
    public static string Quarter(int year) => $"/quarters/{year.ToString(CultureInfo.InvariantCulture)}";

    public static string Source(string document) => $"/sources/{document}";

    /// <summary>The stylesheet that highlights the pieces of crossing quotes in a script.</summary>
    public static string SourceHighlights(string document) => $"/sources/{document}/highlights.css";

    /// <summary>A stated fact's quote, highlighted in its script.</summary>
    public static string Quote(HemaCare.Results.Facts.Fact fact) => $"/sources/{fact.Document}#fact-{fact.Id}";

    /// <summary>One fact's own page: what it is, its quote or formula, its range, checks and pages.</summary>
    public static string Fact(string id) => $"/facts/{id}";

    /// <summary>A reconciliation check's row on the checks page.</summary>
    public static string Check(string id) => $"/checks#check-{id}";

    /// <summary>The theme switch: sets the theme cookie and returns to <paramref name="returnUrl"/>.</summary>
    public static string Theme(string theme, string returnUrl) =>
        $"/theme/{theme}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>The downloads: CSV of every table, Excel workbooks of the tables, SVG of every chart.</summary>
    public static class Export
    {
        public const string Facts = "/export/facts.csv";
        public const string Workbook = "/export/hemacare-results.xlsx";
        public const string SegmentHistory = "/export/segments.csv";

        /// <summary>The segment history as <see cref="SegmentsFiltered"/> shows it.</summary>
        public static string SegmentHistoryFiltered(Presentation.SegmentFilter filter) => SegmentHistory + Query(
            ("length", filter.LengthCode), ("segment", filter.SegmentCode));

        /// <summary>A chart of the segment history; its length is in its id, its segment in the query.</summary>
        public static string SegmentChart(string chart, Presentation.SegmentFilter filter) =>
            Chart(chart) + Query(("segment", filter.SegmentCode));
        public const string Liquidity = "/export/liquidity.csv";
        public const string DebtReduction = "/export/debt-reduction.csv";
        public const string Checks = "/export/checks.csv";

        public static string Income(string period, string? vs = null) =>
            $"/export/periods/{period}/income.csv{Vs(vs)}";

        public static string PeriodSegments(string period, string? vs = null) =>
            $"/export/periods/{period}/segments.csv{Vs(vs)}";

        public static string BalanceSheet(string date, string? vs = null) =>
            $"/export/periods/{date}/balance-sheet.csv{Vs(vs)}";

        /// <summary>A period view's table of the stated figures its other tables do not hold.</summary>
        public static string OtherFigures(string period) => $"/export/periods/{period}/other-figures.csv";

        /// <summary>A year's quarter table.</summary>
        public static string Quarters(int year) =>
            $"/export/quarters/{year.ToString(CultureInfo.InvariantCulture)}.csv";

        /// <summary>The balance sheet at each quarter end of a year.</summary>
        public static string QuarterBalanceSheet(int year) =>
            $"/export/quarters/{year.ToString(CultureInfo.InvariantCulture)}/balance-sheet.csv";

        /// <summary>A chart of a year's quarter view (<see cref="Charts.DashboardCharts.QuarterNetIncome"/>).</summary>
        public static string QuarterChart(int year, string chart) =>
            $"/export/quarters/{year.ToString(CultureInfo.InvariantCulture)}/{chart}.svg";

        /// <summary>A table CSV in the shape a spreadsheet lays out: one record per table row.</summary>
        public static string Wide(string tableCsv) => $"{tableCsv}{(tableCsv.Contains('?') ? '&' : '?')}shape=wide";

        /// <summary>A period view's tables, its facts and checks as one workbook.</summary>
        public static string PeriodWorkbook(string period, string? vs = null) =>
            $"/export/periods/{period}.xlsx{Vs(vs)}";

        /// <summary>
        /// The workbook that holds the table behind a table CSV: a period view's tables are in that period's
        /// workbook (compared with the same period as the CSV), every other table in the whole-store one.
        /// </summary>
        public static string WorkbookOf(string tableCsv)
        {
            const string prefix = "/export/periods/";
            var parts = tableCsv.Split('?', 2);
            var path = parts[0];
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) return Workbook;
            var slash = path.IndexOf('/', prefix.Length);
            if (slash <= prefix.Length) return Workbook;
            var vs = parts.Length < 2 ? null
                : parts[1].Split('&').FirstOrDefault(p => p.StartsWith("vs=", StringComparison.Ordinal))?[3..];
            return PeriodWorkbook(path[prefix.Length..slash], vs);
        }

        /// <summary>
        /// A chart of a period view, by its id (<see cref="Charts.DashboardCharts.PeriodRevenue"/> ...).
        /// </summary>
        public static string PeriodChart(string period, string chart, string? vs = null) =>
            $"/export/periods/{period}/{chart}.svg{Vs(vs)}";

        /// <summary>
        /// A chart that spans the store, by its id (<see cref="Charts.DashboardCharts.SegmentRevenue"/> ...).
        /// </summary>
        public static string Chart(string chart) => $"/export/charts/{chart}.svg";
    }

    /// <summary>A query string of the parameters that have a value; none when none has.</summary>
    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var set = parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={p.Value}").ToList();
        return set.Count == 0 ? "" : "?" + string.Join("&", set);
    }

    /// <summary>The query that makes a view or export compare with another period; none for a year earlier.</summary>
    private static string Vs(string? code) => code is null ? "" : $"?vs={code}";

    /// <summary>The JSON API, its page for people and its OpenAPI description.</summary>
    public static class Api
    {
        public const string Index = "/api";
        public const string Description = "/openapi/v1.json";
        public const string Facts = "/api/facts";
        public const string Checks = "/api/checks";

        public static string Fact(string id) => $"/api/facts/{id}";
    }
}
