using System.ComponentModel;
using System.Text;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Exports;
using HemaCare.Results.Web.Presentation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;

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
        group.MapGet("/facts.csv", GetFactsCsv)
            .Describe("Every fact as CSV", "One record per fact, with its value, unit, decimals, qualifier, basis "
                + "(stated or derived) and source (quote or formula). An unknown period or metric is a 404.")
            .ProducesFile(EndpointDocumentation.Csv).NotFoundProblem()
            .Examples(s => [Links.Export.Facts, $"{Links.Export.Facts}?period={ExamplePeriod(s)}"]);
        group.MapGet("/hemacare-results.xlsx", GetWorkbook)
            .Describe("Every table, fact and check as an Excel workbook", "A sheet per table as the pages show it "
                + "(each reported period's view, segments, liquidity, debt reduction), then Facts (long form, "
                + "with each figure's interval and page) and Checks. Figures are numeric cells; derived ones italic.")
            .ProducesFile(EndpointDocumentation.Xlsx)
            .Example(Links.Export.Workbook)
            .CacheOutput(LinksToItsHost, excludeDefaultPolicy: true);
        group.MapGet("/periods/{code}.xlsx", GetPeriodWorkbook)
            .Describe("A period view as an Excel workbook", "The view's tables, the facts of the period and of "
                + "the period it is compared with (a year earlier, or ?vs=), and their checks. An unknown period is "
                + "a 404; a comparison period that is unknown is a 404, one of another length a 400.")
            .ProducesFile(EndpointDocumentation.Xlsx).NotFoundProblem().BadRequestProblem()
            .Examples(s =>
                [Links.Export.PeriodWorkbook(ExamplePeriod(s)), Links.Export.PeriodWorkbook(ExampleDate(s))])
            .CacheOutput(LinksToItsHost, excludeDefaultPolicy: true);
        group.MapGet("/periods/{code}/income.csv", GetIncomeCsv)
            .Describe("A period's income summary as CSV", TableDescription("a duration's income summary against "
                + "the prior year or the ?vs= period; a balance-sheet date has none (404)"))
            .ProducesFile(EndpointDocumentation.Csv).NotFoundProblem().BadRequestProblem()
            .Examples(s => Shapes(Links.Export.Income(ExamplePeriod(s))));
        group.MapGet("/periods/{code}/segments.csv", GetPeriodSegmentsCsv)
            .Describe("A period's segment and program table as CSV", TableDescription("revenue, gross profit and "
                + "gross margin of each segment and program against the prior year or the ?vs= period; a "
                + "balance-sheet date has none"))
            .ProducesFile(EndpointDocumentation.Csv).NotFoundProblem().BadRequestProblem()
            .Examples(s => Shapes(Links.Export.PeriodSegments(ExamplePeriod(s))));
        group.MapGet("/periods/{code}/balance-sheet.csv", GetBalanceSheetCsv)
            .Describe("A balance-sheet date's liquidity figures as CSV", TableDescription("cash, line of credit, "
                + "working capital, receivables and DSO against the same date a year earlier or the ?vs= date; "
                + "only for a date"))
            .ProducesFile(EndpointDocumentation.Csv).NotFoundProblem().BadRequestProblem()
            .Examples(s => Shapes(Links.Export.BalanceSheet(ExampleDate(s))));
        group.MapGet("/periods/{code}/other-figures.csv", GetOtherFiguresCsv)
            .Describe("The figures a period view lists under \"Other figures stated\" as CSV", TableDescription(
                "the figures the scripts state for the period that its income, segment or balance-sheet table "
                + "does not hold: tax benefit, procedures, valuation allowance, …"))
            .ProducesFile(EndpointDocumentation.Csv).NotFoundProblem().BadRequestProblem()
            .Examples(s => Shapes(Links.Export.OtherFigures(ExamplePeriod(s))));
        group.MapGet("/periods/{code}/{chart}.svg", GetPeriodChart)
            .Describe("A period view's chart as SVG", $"'{DashboardCharts.PeriodRevenue}' (revenue by segment), "
                + $"'{DashboardCharts.PeriodProgramRevenue}' (revenue by program), '{DashboardCharts.PeriodMargin}' "
                + $"(gross margin, company and segments) or '{DashboardCharts.PeriodProgramMargin}' (gross margin by "
                + "program), against the prior year or the ?vs= period, as the page draws it, styles inline. An "
                + "unknown period or chart, or a chart with no figures, is a 404; a ?vs= of another length a 400.")
            .ProducesFile(EndpointDocumentation.Svg).NotFoundProblem().BadRequestProblem()
            .Examples(s => [Links.Export.PeriodChart(ExamplePeriod(s), DashboardCharts.PeriodRevenue)]);
        group.MapGet("/segments.csv", GetSegmentsCsv)
            .Describe("Segment and program history as CSV", TableDescription("revenue and gross profit of each "
                + "segment and program in every period with figures, or only the periods of one length "
                + "(?length=quarter|half|year) and one segment with its programs (?segment=blood-products)"))
            .ProducesFile(EndpointDocumentation.Csv).BadRequestProblem()
            .Examples(_ => [.. Shapes(Links.Export.SegmentHistory),
                Links.Export.SegmentHistoryFiltered(new SegmentFilter(PeriodKind.Quarter, Scope.BloodProducts))]);
        group.MapGet("/liquidity.csv", GetLiquidityCsv)
            .Describe("Liquidity at each balance-sheet date as CSV", TableDescription("cash, line of credit, "
                + "working capital, receivables and DSO at every balance-sheet date"))
            .ProducesFile(EndpointDocumentation.Csv).BadRequestProblem()
            .Examples(_ => Shapes(Links.Export.Liquidity));
        group.MapGet("/debt-reduction.csv", GetDebtReductionCsv)
            .Describe("Debt reduction by period as CSV", TableDescription("debt reduction in each period"))
            .ProducesFile(EndpointDocumentation.Csv).BadRequestProblem()
            .Examples(_ => Shapes(Links.Export.DebtReduction));
        group.MapGet("/checks.csv", GetChecksCsv)
            .Describe("Reconciliation checks as CSV", "One record per check, failures first: rule, period, status, "
                + "expected and computed intervals and the facts joined. Both shapes give this file.")
            .ProducesFile(EndpointDocumentation.Csv).BadRequestProblem()
            .Example(Links.Export.Checks);
        group.MapGet("/charts/{chart}.svg", GetStoreChart)
            .Describe("A chart spanning the store as SVG", $"'{DashboardCharts.SegmentRevenue}-{{length}}' or "
                + $"'{DashboardCharts.ProgramRevenue}-{{length}}' (length quarter, half or year; ?segment= as on "
                + $"/segments), '{DashboardCharts.LiquidityCash}' or '{DashboardCharts.LiquidityDso}', as the pages "
                + "draw it. An unknown chart is a 404, an unknown segment a 400.")
            .ProducesFile(EndpointDocumentation.Svg).NotFoundProblem().BadRequestProblem()
            .Examples(_ => [Links.Export.Chart(DashboardCharts.SegmentRevenue + "-quarter")]);
        return group;
    }

    /// <summary>
    /// A workbook links every fact to its page on the host it was asked from, so unlike every other response its
    /// cache entry varies by host. AllowedHosts bounds the hosts; the cache's size limit bounds the entries (a
    /// workbook is 20–40 KB, so a flood of invented hosts evicts rather than grows).
    /// </summary>
    private static void LinksToItsHost(OutputCachePolicyBuilder policy) => policy.SetVaryByHost(true);

    private static string TableDescription(string table) =>
        $"The table of {table}. ?shape=long (the default): one record per figure with its row and column on the "
        + "page and its provenance. ?shape=wide: one record per table row, one column per table column, plain "
        + "numbers, empty where the page shows a dash. Any other shape is a 400.";

    private static string[] Shapes(string tableCsv) => [tableCsv, Links.Export.Wide(tableCsv)];

    /// <summary>A period that exists, for example links: the first reported one.</summary>
    private static string ExamplePeriod(ResultsSnapshot snapshot) =>
        (snapshot.ReportedPeriods.FirstOrDefault() ?? snapshot.Periods.First(p => !p.IsInstant)).Code;

    /// <summary>A balance-sheet date that exists, for example links: the latest.</summary>
    private static string ExampleDate(ResultsSnapshot snapshot) => snapshot.Periods.Last(p => p.IsInstant).Code;

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetFactsCsv(
        ResultsSnapshot snapshot, [Description(EndpointDocumentation.PeriodFilter)] string? period = null,
        [Description(EndpointDocumentation.MetricFilter)] string? metric = null) =>
        FactFilter.Apply(snapshot, period, metric) switch
        {
            { Problem: { } problem } => problem,
            { Facts: var facts } => Csv(FactCsv.Write(facts), "hemacare-facts.csv"),
        };

    internal static FileContentHttpResult GetWorkbook(ResultsSnapshot snapshot, HttpRequest request) =>
        Xlsx(ResultsWorkbook.Whole(snapshot, RequestBase.Of(request)), "hemacare-results.xlsx");

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetPeriodWorkbook(
        ResultsSnapshot snapshot, HttpRequest request, [Description(EndpointDocumentation.PeriodCode)] string code,
        [Description(Comparison)] string? vs = null)
    {
        if (snapshot.FindPeriod(code) is not { } period) return UnknownPeriod();
        var comparison = PeriodComparison.Resolve(snapshot, period, vs);
        if (!comparison.IsValid) return ComparisonProblem(comparison);
        var name = comparison.IsPriorYear ? period.Code : $"{period.Code}-vs-{comparison.Basis.Code}";
        return Xlsx(ResultsWorkbook.ForPeriod(snapshot, period, RequestBase.Of(request), comparison.Basis),
            $"hemacare-{name}.xlsx");
    }

    private const string Comparison = "The period to compare with instead of the same period a year earlier: one of "
        + "the same length (a quarter with a quarter, a date with a date). Unknown: 404; another length: 400.";

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetIncomeCsv(
        ResultsSnapshot snapshot, [Description(EndpointDocumentation.PeriodCode)] string code,
        [Description(EndpointDocumentation.Shape)] string? shape = null, [Description(Comparison)] string? vs = null) =>
        PeriodTableCsv(snapshot, code, shape, vs, forDate: false,
            c => PeriodTables.Income(snapshot, c.Current, c.Basis), "income");

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetPeriodSegmentsCsv(
        ResultsSnapshot snapshot, [Description(EndpointDocumentation.PeriodCode)] string code,
        [Description(EndpointDocumentation.Shape)] string? shape = null, [Description(Comparison)] string? vs = null) =>
        PeriodTableCsv(snapshot, code, shape, vs, forDate: false,
            c => PeriodTables.Segments(snapshot, c.Current, c.Basis), "segments");

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetBalanceSheetCsv(
        ResultsSnapshot snapshot, [Description(EndpointDocumentation.PeriodCode)] string code,
        [Description(EndpointDocumentation.Shape)] string? shape = null, [Description(Comparison)] string? vs = null) =>
        PeriodTableCsv(snapshot, code, shape, vs, forDate: true,
            c => PeriodTables.BalanceSheet(snapshot, c.Current, c.Basis), "balance-sheet");

    /// <summary>The last table of a period view: the stated figures none of its other tables holds.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> GetOtherFiguresCsv(
        ResultsSnapshot snapshot, [Description(EndpointDocumentation.PeriodCode)] string code,
        [Description(EndpointDocumentation.Shape)] string? shape = null) =>
        (TableShapes.Parse(shape), snapshot.FindPeriod(code)) switch
        {
            (null, _) => TableShapes.Unknown(),
            (_, null) => UnknownPeriod(),
            (_, var period) => TableCsvFile(
                PeriodTables.View(snapshot, period)[^1], $"{period.Code}-other-figures", shape),
        };

    /// <summary>The segment history as <c>/segments</c> shows it, with the same filters.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> GetSegmentsCsv(
        ResultsSnapshot snapshot,
        [Description(EndpointDocumentation.Shape)] string? shape = null,
        [Description(Length)] string? length = null, [Description(Segment)] string? segment = null) =>
        SegmentFilter.TryParse(length, segment, out var filter)
            ? TableCsvFile(StoreTables.SegmentHistory(snapshot, filter),
                string.Join("-", new[] { "segments", filter.LengthCode, filter.SegmentCode }.OfType<string>()), shape)
            : FilterProblem();

    private const string Length = "Only periods of this length: quarter, half or year. Any other value is a 400.";
    private const string Segment =
        "Only this segment and its programs: blood-products or blood-services. Any other value is a 400.";

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetLiquidityCsv(
        ResultsSnapshot snapshot,
        [Description(EndpointDocumentation.Shape)] string? shape = null) =>
        TableCsvFile(StoreTables.Liquidity(snapshot), "liquidity", shape);

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetDebtReductionCsv(
        ResultsSnapshot snapshot,
        [Description(EndpointDocumentation.Shape)] string? shape = null) =>
        TableCsvFile(StoreTables.DebtReduction(snapshot), "debt-reduction", shape);

    /// <summary>The checks CSV is already one record per row of the checks table: both shapes are that file.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> GetChecksCsv(
        ResultsSnapshot snapshot,
        [Description(EndpointDocumentation.Shape)] string? shape = null) =>
        TableShapes.Parse(shape) is null
            ? TableShapes.Unknown()
            : Csv(TableCsv.Write(CheckList.Build(snapshot)), TableCsv.FileName("checks"));

    /// <summary>
    /// A period view's table as CSV. A duration's view has the income and segment tables, a balance-sheet date's
    /// view the balance sheet; asking for the other kind's table is a 404, as the page shows no such table.
    /// Like the page, it compares with <c>?vs=</c> when given: an unknown period is a 404, one of another length a
    /// 400.
    /// </summary>
    private static Results<FileContentHttpResult, ProblemHttpResult> PeriodTableCsv(
        ResultsSnapshot snapshot, string code, string? shape, string? vs, bool forDate,
        Func<PeriodComparison, FigureTable> table, string name) =>
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
            var period => PeriodComparison.Resolve(snapshot, period, vs) switch
            {
                { IsValid: false } refused => ComparisonProblem(refused),
                var comparison => TableCsvFile(table(comparison), comparison.IsPriorYear
                    ? $"{period.Code}-{name}"
                    : $"{period.Code}-vs-{comparison.Basis.Code}-{name}", shape),
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

    /// <summary>A filter value outside its list; the value itself is not repeated back.</summary>
    private static ProblemHttpResult FilterProblem() => TypedResults.Problem(
        $"length is one of {string.Join(", ", SegmentFilter.Lengths.Select(l => l.Code))}; segment is one of "
        + $"{string.Join(", ", Scope.Segments.Select(ScopeKey.Slugify))}. Leave either out for all.",
        statusCode: StatusCodes.Status400BadRequest, title: "Unknown filter value");

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPeriodChart(
        ResultsSnapshot snapshot, ChartSvgRenderer charts, [Description(EndpointDocumentation.PeriodCode)] string code,
        [Description(EndpointDocumentation.Chart)] string chart, [Description(Comparison)] string? vs = null)
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

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetStoreChart(
        ResultsSnapshot snapshot, ChartSvgRenderer charts,
        [Description(EndpointDocumentation.Chart)] string chart, [Description(Segment)] string? segment = null)
    {
        if (!SegmentFilter.TryParse(null, segment, out var filter)) return FilterProblem();
        var name = filter.SegmentCode is { } code ? $"hemacare-{chart}-{code}.svg" : $"hemacare-{chart}.svg";
        return DashboardCharts.ForStore(snapshot, chart, filter) is { } found
            ? await Svg(charts, snapshot, found, name)
            : UnknownChart("There is no such chart.");
    }

    private static ProblemHttpResult UnknownChart(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Unknown chart");

    private static ProblemHttpResult UnknownPeriod() => TypedResults.Problem(
        $"The call scripts give no figures for such a period. Periods are listed at {Links.Periods}.",
        statusCode: StatusCodes.Status404NotFound, title: "Unknown period");

    /// <summary>A table in the asked shape: long (one record per figure) or wide (as the page lays it out).</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> TableCsvFile(
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
