using HemaCare.Results.Store;
using HemaCare.Results.Web.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

public static class ExportEndpoints
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static RouteGroupBuilder MapExportEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/export").WithTags("Exports");
        group.MapGet("/facts.csv", GetFactsCsv);
        return group;
    }

    internal static Results<FileContentHttpResult, ProblemHttpResult> GetFactsCsv(ResultsSnapshot snapshot, string? period = null, string? metric = null) =>
        FactFilter.Apply(snapshot, period, metric) switch
        {
            { Problem: { } problem } => problem,
            { Facts: var facts } => Csv(FactCsv.Write(facts), "hemacare-facts.csv"),
        };

    public static FileContentHttpResult Csv(byte[] content, string fileName) =>
        TypedResults.File(content, CsvContentType, fileName);
}
