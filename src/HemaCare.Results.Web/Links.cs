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

    public static string Period(string code) => $"/periods/{code}";

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
        public const string Liquidity = "/export/liquidity.csv";
        public const string DebtReduction = "/export/debt-reduction.csv";
        public const string Checks = "/export/checks.csv";

        public static string Income(string period) => $"/export/periods/{period}/income.csv";

        public static string PeriodSegments(string period) => $"/export/periods/{period}/segments.csv";

        public static string BalanceSheet(string date) => $"/export/periods/{date}/balance-sheet.csv";

        /// <summary>A table CSV in the shape a spreadsheet lays out: one record per table row.</summary>
        public static string Wide(string tableCsv) => $"{tableCsv}?shape=wide";

        /// <summary>A period view's tables, its facts and checks as one workbook.</summary>
        public static string PeriodWorkbook(string period) => $"/export/periods/{period}.xlsx";

        /// <summary>
        /// The workbook that holds the table behind a table CSV: a period view's tables are in that period's
        /// workbook, every other table in the whole-store one.
        /// </summary>
        public static string WorkbookOf(string tableCsv)
        {
            const string prefix = "/export/periods/";
            var slash = tableCsv.StartsWith(prefix, StringComparison.Ordinal)
                ? tableCsv.IndexOf('/', prefix.Length)
                : -1;
            return slash > prefix.Length ? PeriodWorkbook(tableCsv[prefix.Length..slash]) : Workbook;
        }

        /// <summary>
        /// A chart of a period view, by its id (<see cref="Charts.DashboardCharts.PeriodRevenue"/> ...).
        /// </summary>
        public static string PeriodChart(string period, string chart) => $"/export/periods/{period}/{chart}.svg";

        /// <summary>
        /// A chart that spans the store, by its id (<see cref="Charts.DashboardCharts.SegmentRevenue"/> ...).
        /// </summary>
        public static string Chart(string chart) => $"/export/charts/{chart}.svg";
    }

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
