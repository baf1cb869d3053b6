using System.ComponentModel;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Presentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// The downloads of a year's quarter view (<c>/quarters/{year}</c>): its two tables as CSV and its chart as SVG.
/// </summary>
public static class QuarterExportEndpoints
{
    private const string Year = "A year the call scripts give figures for, e.g. 2003. Any other is a 404.";

    public static RouteGroupBuilder MapQuarterExportEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/export/quarters").WithTags("Exports");
        group.MapGet("/{year}.csv", GetIncomeCsv)
            .Describe("A year quarter by quarter as CSV", "Revenue, gross profit and margin, G&A, net income, EPS "
                + "and each segment's revenue and gross profit in columns Q1, Q2, H1, Q3, Q4 and FY. Long (the "
                + "default): one record per cell, an empty cell with basis missing and its reason; ?shape=wide: "
                + "the table as laid out. An unknown year is a 404.")
            .ProducesFile(EndpointDocumentation.Csv).NotFoundProblem().BadRequestProblem()
            .Examples(s => [Links.Export.Quarters(Latest(s))]);
        group.MapGet("/{year}/balance-sheet.csv", GetBalanceSheetCsv)
            .Describe("The balance sheet at each quarter end of a year as CSV", "Cash, line of credit, working "
                + "capital, receivables and DSO at March 31, June 30, September 30 and December 31. An unknown "
                + "year is a 404.")
            .ProducesFile(EndpointDocumentation.Csv).NotFoundProblem().BadRequestProblem()
            .Examples(s => [Links.Export.QuarterBalanceSheet(Latest(s))]);
        group.MapGet("/{year}/{chart}.svg", GetChart)
            .Describe("A year's net income by quarter as SVG", $"'{DashboardCharts.QuarterNetIncome}', as the "
                + "quarter view draws it. An unknown year or chart is a 404.")
            .ProducesFile(EndpointDocumentation.Svg).NotFoundProblem()
            .Examples(s => [Links.Export.QuarterChart(Latest(s), DashboardCharts.QuarterNetIncome)]);
        return group;
    }

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetIncomeCsv(
        ResultsSnapshot snapshot, [Description(Year)] string year,
        [Description(EndpointDocumentation.Shape)] string? shape = null) =>
        QuarterTables.FindYear(snapshot, year) is { } found
            ? ExportEndpoints.TableCsvFile(QuarterTables.Income(snapshot, found), $"{found}-quarters", shape)
            : UnknownYear(snapshot);

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetBalanceSheetCsv(
        ResultsSnapshot snapshot, [Description(Year)] string year,
        [Description(EndpointDocumentation.Shape)] string? shape = null) =>
        QuarterTables.FindYear(snapshot, year) is { } found
            ? ExportEndpoints.TableCsvFile(QuarterTables.BalanceSheet(snapshot, found),
                $"{found}-quarter-ends-balance-sheet", shape)
            : UnknownYear(snapshot);

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetChart(
        ResultsSnapshot snapshot, ChartSvgRenderer charts, [Description(Year)] string year,
        [Description(EndpointDocumentation.Chart)] string chart)
    {
        if (QuarterTables.FindYear(snapshot, year) is not { } found) return UnknownYear(snapshot);
        if (chart != DashboardCharts.QuarterNetIncome)
            return TypedResults.Problem("There is no such chart on a quarter view.",
                statusCode: StatusCodes.Status404NotFound, title: "Unknown chart");
        var netIncome = DashboardCharts.QuarterlyNetIncome(QuarterTables.Income(snapshot, found), found);
        return await ExportEndpoints.Svg(charts, snapshot, netIncome, $"hemacare-{found}-{chart}.svg");
    }

    private static int Latest(ResultsSnapshot snapshot) => QuarterTables.Years(snapshot)[^1];

    private static ProblemHttpResult UnknownYear(ResultsSnapshot snapshot) => TypedResults.Problem(
        $"The call scripts give figures for these years: {string.Join(", ", QuarterTables.Years(snapshot))}.",
        statusCode: StatusCodes.Status404NotFound, title: "Unknown year");
}
