using System.Text;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Exports;
using HemaCare.Results.Web.Presentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// Downloads: every table as CSV (long or wide), the tables as Excel workbooks, and every chart as SVG. Each is
/// built from the same Presentation class the page renders, so a download holds exactly what the page shows.
/// </summary>
public static class ExportEndpoints
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string SvgContentType = "image/svg+xml; charset=utf-8";

    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/export").WithTags("Exports");
        group.MapGet("/facts.csv", GetFactsCsv);
        group.MapGet("/hemacare-results.xlsx", GetWorkbook);
        group.MapGet("/periods/{code}.xlsx", GetPeriodWorkbook);
        group.MapGet("/periods/{code}/income.csv", GetIncomeCsv);
        group.MapGet("/periods/{code}/segments.csv", GetPeriodSegmentsCsv);
        group.MapGet("/periods/{code}/balance-sheet.csv", GetBalanceSheetCsv);
        group.MapGet("/periods/{code}/{chart}.svg", GetPeriodChart);
        group.MapGet("/segments.csv", GetSegmentsCsv);
        group.MapGet("/liquidity.csv", GetLiquidityCsv);
        group.MapGet("/debt-reduction.csv", GetDebtReductionCsv);
        group.MapGet("/checks.csv", GetChecksCsv);
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

    internal static FileContentHttpResult GetWorkbook(ResultsSnapshot snapshot, HttpRequest request) =>
        Xlsx(ResultsWorkbook.Whole(snapshot, RequestBase.Of(request)), "hemacare-results.xlsx");

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetPeriodWorkbook(
        ResultsSnapshot snapshot, HttpRequest request, string code) =>
        snapshot.FindPeriod(code) is { } period
            ? Xlsx(ResultsWorkbook.ForPeriod(snapshot, period, RequestBase.Of(request)), $"hemacare-{period.Code}.xlsx")
            : UnknownPeriod();

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetIncomeCsv(
        ResultsSnapshot snapshot, string code, string? shape = null) =>
        PeriodTableCsv(snapshot, code, shape, forDate: false, p => PeriodTables.Income(snapshot, p), "income");

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetPeriodSegmentsCsv(
        ResultsSnapshot snapshot, string code, string? shape = null) =>
        PeriodTableCsv(snapshot, code, shape, forDate: false, p => PeriodTables.Segments(snapshot, p), "segments");

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetBalanceSheetCsv(
        ResultsSnapshot snapshot, string code, string? shape = null) =>
        PeriodTableCsv(snapshot, code, shape, forDate: true, d => PeriodTables.BalanceSheet(snapshot, d),
            "balance-sheet");

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetSegmentsCsv(
        ResultsSnapshot snapshot, string? shape = null) =>
        TableCsvFile(StoreTables.SegmentHistory(snapshot), "segments", shape);

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetLiquidityCsv(
        ResultsSnapshot snapshot, string? shape = null) =>
        TableCsvFile(StoreTables.Liquidity(snapshot), "liquidity", shape);

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetDebtReductionCsv(
        ResultsSnapshot snapshot, string? shape = null) =>
        TableCsvFile(StoreTables.DebtReduction(snapshot), "debt-reduction", shape);

    /// <summary>The checks CSV is already one record per row of the checks table: both shapes are that file.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> GetChecksCsv(
        ResultsSnapshot snapshot, string? shape = null) =>
        TableShapes.Parse(shape) is null
            ? TableShapes.Unknown()
            : Csv(TableCsv.Write(CheckList.Build(snapshot)), TableCsv.FileName("checks"));

    /// <summary>
    /// A period view's table as CSV. A duration's view has the income and segment tables, a balance-sheet date's
    /// view the balance sheet; asking for the other kind's table is a 404, as the page shows no such table.
    /// </summary>
    private static Results<FileContentHttpResult, ProblemHttpResult> PeriodTableCsv(
        ResultsSnapshot snapshot, string code, string? shape, bool forDate, Func<Period, FigureTable> table,
        string name) =>
        snapshot.FindPeriod(code) switch
        {
            _ when TableShapes.Parse(shape) is null => TableShapes.Unknown(),
            null => UnknownPeriod(),
            { IsInstant: true } date when !forDate => TypedResults.Problem(
                $"{date.Label} is a balance-sheet date; its view has only a balance sheet "
                + $"({Links.Export.BalanceSheet(date.Code)}).",
                statusCode: StatusCodes.Status404NotFound, title: "A balance-sheet date"),
            { IsInstant: false } period when forDate => TypedResults.Problem(
                $"{period.Label} is not a balance-sheet date; its view has no balance sheet. "
                + $"Use a date such as {HeadlineFigures.BalanceSheetDateOf(period).Code}.",
                statusCode: StatusCodes.Status404NotFound, title: "Not a balance-sheet date"),
            var period => TableCsvFile(table(period), $"{period.Code}-{name}", shape),
        };

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPeriodChart(
        ResultsSnapshot snapshot, ChartSvgRenderer charts, string code, string chart)
    {
        if (snapshot.FindPeriod(code) is not { } period) return UnknownPeriod();
        return DashboardCharts.ForPeriod(snapshot, period, chart) is { } found
            ? await Svg(charts, snapshot, found, $"hemacare-{period.Code}-{chart}.svg")
            : UnknownChart($"There is no chart '{chart}' on a period view.");
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetStoreChart(
        ResultsSnapshot snapshot, ChartSvgRenderer charts, string chart) =>
        DashboardCharts.ForStore(snapshot, chart) is { } found
            ? await Svg(charts, snapshot, found, $"hemacare-{chart}.svg")
            : UnknownChart($"There is no chart '{chart}'.");

    private static ProblemHttpResult UnknownChart(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Unknown chart");

    private static ProblemHttpResult UnknownPeriod() => TypedResults.Problem(
        $"The call scripts give no figures for such a period. Periods are listed at {Links.Periods}.",
        statusCode: StatusCodes.Status404NotFound, title: "Unknown period");

    /// <summary>A table in the asked shape: long (one record per figure) or wide (as the page lays it out).</summary>
    private static Results<FileContentHttpResult, ProblemHttpResult> TableCsvFile(
        FigureTable table, string name, string? shape) =>
        TableShapes.Parse(shape) switch
        {
            null => TableShapes.Unknown(),
            TableShape.Wide => Csv(WideCsv.Write(table), TableCsv.FileName(name + "-wide")),
            _ => Csv(TableCsv.Write(table), TableCsv.FileName(name)),
        };

    public static FileContentHttpResult Csv(byte[] content, string fileName) =>
        TypedResults.File(content, CsvContentType, fileName);

    private static FileContentHttpResult Xlsx(WorkbookContent content, string fileName) =>
        TypedResults.File(WorkbookWriter.Write(content), WorkbookWriter.ContentType, fileName);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Svg(
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
