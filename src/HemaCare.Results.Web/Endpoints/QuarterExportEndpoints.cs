using HemaCare.Results.Store;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Exports;
using HemaCare.Results.Web.Presentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// The downloads of a year's quarter view (<c>/quarters/{year}</c>): its two tables as CSV and its chart as SVG.
/// </summary>
public static class QuarterExportEndpoints
{
    public static RouteGroupBuilder MapQuarterExportEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/export/quarters").WithTags("Exports");
        group.MapGet("/{year}.csv", GetIncomeCsv);
        group.MapGet("/{year}/balance-sheet.csv", GetBalanceSheetCsv);
        group.MapGet("/{year}/{chart}.svg", GetChart);
        return group;
    }

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetIncomeCsv(
        ResultsSnapshot snapshot, string year) =>
        QuarterTables.FindYear(snapshot, year) is { } found
            ? ExportEndpoints.Csv(TableCsv.Write(QuarterTables.Income(snapshot, found)),
                TableCsv.FileName($"{found}-quarters"))
            : UnknownYear(snapshot);

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetBalanceSheetCsv(
        ResultsSnapshot snapshot, string year) =>
        QuarterTables.FindYear(snapshot, year) is { } found
            ? ExportEndpoints.Csv(TableCsv.Write(QuarterTables.BalanceSheet(snapshot, found)),
                TableCsv.FileName($"{found}-quarter-ends-balance-sheet"))
            : UnknownYear(snapshot);

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetChart(
        ResultsSnapshot snapshot, ChartSvgRenderer charts, string year, string chart)
    {
        if (QuarterTables.FindYear(snapshot, year) is not { } found) return UnknownYear(snapshot);
        if (chart != DashboardCharts.QuarterNetIncome)
            return TypedResults.Problem("There is no such chart on a quarter view.",
                statusCode: StatusCodes.Status404NotFound, title: "Unknown chart");
        var netIncome = DashboardCharts.QuarterlyNetIncome(QuarterTables.Income(snapshot, found), found);
        return await ExportEndpoints.Svg(charts, snapshot, netIncome, $"hemacare-{found}-{chart}.svg");
    }

    private static ProblemHttpResult UnknownYear(ResultsSnapshot snapshot) => TypedResults.Problem(
        $"The call scripts give figures for these years: {string.Join(", ", QuarterTables.Years(snapshot))}.",
        statusCode: StatusCodes.Status404NotFound, title: "Unknown year");
}
