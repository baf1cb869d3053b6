using HemaCare.Results.Facts;
using System.Text;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Exports;
using HemaCare.Results.Web.Presentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// Downloads: every table as CSV and every chart as SVG. Each is built from the same Presentation class the
/// page renders, so a download holds exactly what the page shows.
/// </summary>
public static class ExportEndpoints
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string SvgContentType = "image/svg+xml; charset=utf-8";

    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/export").WithTags("Exports");
        group.MapGet("/facts.csv", GetFactsCsv);
        group.MapGet("/periods/{code}/income.csv", GetIncomeCsv);
        group.MapGet("/periods/{code}/segments.csv", GetPeriodSegmentsCsv);
        group.MapGet("/periods/{code}/balance-sheet.csv", GetBalanceSheetCsv);
        group.MapGet("/periods/{code}/{chart}.svg", GetPeriodChart);
        group.MapGet("/segments.csv", GetSegmentsCsv);
        group.MapGet("/liquidity.csv", (ResultsSnapshot s) => TableCsvFile(StoreTables.Liquidity(s), "liquidity"));
        group.MapGet("/debt-reduction.csv",
            (ResultsSnapshot s) => TableCsvFile(StoreTables.DebtReduction(s), "debt-reduction"));
        group.MapGet("/checks.csv",
            (ResultsSnapshot s) => Csv(TableCsv.Write(CheckList.Build(s)), TableCsv.FileName("checks")));
        group.MapGet("/charts/{chart}.svg", GetStoreChart);
        return group;
    }

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetFactsCsv(
        ResultsSnapshot snapshot, string? period = null, string? metric = null) =>
        FactFilter.Apply(snapshot, period, metric) switch
        {
            { Problem: { } problem } => problem,
            { Facts: var facts } => Csv(FactCsv.Write(facts), "hemacare-facts.csv"),
        };

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetIncomeCsv(
        ResultsSnapshot snapshot, string code, string? vs = null) =>
        PeriodTableCsv(snapshot, code, vs, forDate: false, c => PeriodTables.Income(snapshot, c.Current, c.Basis),
            "income");

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetPeriodSegmentsCsv(
        ResultsSnapshot snapshot, string code, string? vs = null) =>
        PeriodTableCsv(snapshot, code, vs, forDate: false, c => PeriodTables.Segments(snapshot, c.Current, c.Basis),
            "segments");

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetBalanceSheetCsv(
        ResultsSnapshot snapshot, string code, string? vs = null) =>
        PeriodTableCsv(snapshot, code, vs, forDate: true,
            c => PeriodTables.BalanceSheet(snapshot, c.Current, c.Basis), "balance-sheet");

    /// <summary>
    /// A period view's table as CSV. A duration's view has the income and segment tables, a balance-sheet date's
    /// view the balance sheet; asking for the other kind's table is a 404, as the page shows no such table.
    /// Like the page, it compares with <c>?vs=</c> when given: an unknown period is a 404, one of another length a
    /// 400.
    /// </summary>
    private static Results<FileContentHttpResult, ProblemHttpResult> PeriodTableCsv(
        ResultsSnapshot snapshot, string code, string? vs, bool forDate, Func<PeriodComparison, FigureTable> table,
        string name) =>
        snapshot.FindPeriod(code) switch
        {
            null => UnknownPeriod(),
            { IsInstant: true } date when !forDate => TypedResults.Problem(
                $"{date.Label} is a balance-sheet date; its view has only a balance sheet "
                + $"({Links.Export.BalanceSheet(date.Code)}).",
                statusCode: StatusCodes.Status404NotFound, title: "A balance-sheet date"),
            { IsInstant: false } period when forDate => TypedResults.Problem(
                $"{period.Label} is not a balance-sheet date; its view has no balance sheet. "
                + $"Use a date such as {HeadlineFigures.BalanceSheetDateOf(period).Code}.",
                statusCode: StatusCodes.Status404NotFound, title: "Not a balance-sheet date"),
            var period => PeriodComparison.Resolve(snapshot, period, vs) switch
            {
                { IsValid: false } refused => ComparisonProblem(refused),
                var comparison => TableCsvFile(table(comparison), comparison.IsPriorYear
                    ? $"{period.Code}-{name}"
                    : $"{period.Code}-vs-{comparison.Basis.Code}-{name}"),
            },
        };

    /// <summary>A <c>?vs=</c> the view cannot use, with the periods it can; the input is never repeated back.</summary>
    internal static ProblemHttpResult ComparisonProblem(PeriodComparison refused) => TypedResults.Problem(
        $"{refused.Current.Label} can be compared with: {string.Join(", ", refused.Choices.Select(p => p.Code))}.",
        statusCode: refused.Status == ComparisonStatus.Unknown
            ? StatusCodes.Status404NotFound
            : StatusCodes.Status400BadRequest,
        title: refused.Status == ComparisonStatus.Unknown
            ? "Unknown comparison period"
            : "Periods of different lengths cannot be compared");

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPeriodChart(
        ResultsSnapshot snapshot, ChartSvgRenderer charts, string code, string chart, string? vs = null)
    {
        if (snapshot.FindPeriod(code) is not { } period) return UnknownPeriod();
        var comparison = PeriodComparison.Resolve(snapshot, period, vs);
        if (!comparison.IsValid) return ComparisonProblem(comparison);
        var fileName = comparison.IsPriorYear
            ? $"hemacare-{period.Code}-{chart}.svg"
            : $"hemacare-{period.Code}-vs-{comparison.Basis.Code}-{chart}.svg";
        return DashboardCharts.ForPeriod(snapshot, period, comparison.Basis, chart) is { } found
            ? await Svg(charts, snapshot, found, fileName)
            : UnknownChart("There is no such chart on this period view.");
    }

    /// <summary>The segment history as <c>/segments</c> shows it, with the same filter.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> GetSegmentsCsv(
        ResultsSnapshot snapshot, string? length = null, string? segment = null) =>
        SegmentFilter.TryParse(length, segment, out var filter)
            ? TableCsvFile(StoreTables.SegmentHistory(snapshot, filter),
                string.Join("-", new[] { "segments", filter.LengthCode, filter.SegmentCode }.OfType<string>()))
            : FilterProblem();

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetStoreChart(
        ResultsSnapshot snapshot, ChartSvgRenderer charts, string chart, string? segment = null)
    {
        if (!SegmentFilter.TryParse(null, segment, out var filter)) return FilterProblem();
        var name = filter.SegmentCode is { } code ? $"hemacare-{chart}-{code}.svg" : $"hemacare-{chart}.svg";
        return DashboardCharts.ForStore(snapshot, chart, filter) is { } found
            ? await Svg(charts, snapshot, found, name)
            : UnknownChart("There is no such chart.");
    }

    /// <summary>A filter value outside its list; the value itself is not repeated back.</summary>
    private static ProblemHttpResult FilterProblem() => TypedResults.Problem(
        $"length is one of {string.Join(", ", SegmentFilter.Lengths.Select(l => l.Code))}; segment is one of "
        + $"{string.Join(", ", Scope.Segments.Select(ScopeKey.Slugify))}. Leave either out for all.",
        statusCode: StatusCodes.Status400BadRequest, title: "Unknown filter value");

    private static ProblemHttpResult UnknownChart(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Unknown chart");

    private static ProblemHttpResult UnknownPeriod() => TypedResults.Problem(
        $"The call scripts give no figures for such a period. Periods are listed at {Links.Periods}.",
        statusCode: StatusCodes.Status404NotFound, title: "Unknown period");

    private static FileContentHttpResult TableCsvFile(FigureTable table, string name) =>
        Csv(TableCsv.Write(table), TableCsv.FileName(name));

    public static FileContentHttpResult Csv(byte[] content, string fileName) =>
        TypedResults.File(content, CsvContentType, fileName);

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Svg(
        ChartSvgRenderer charts, ResultsSnapshot snapshot, ColumnChart chart, string fileName) =>
        chart.IsEmpty
            ? TypedResults.Problem(
                $"No figures to chart: the scripts give none of the levels in '{chart.Title}'.",
                statusCode: StatusCodes.Status404NotFound, title: "No figures to chart")
            : TypedResults.File(
                Encoding.UTF8.GetBytes(ChartSvg.Document(await charts.SvgAsync(snapshot, chart))),
                SvgContentType,
                fileName);
}
