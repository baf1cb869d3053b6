using HemaCare.Results.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>The JSON API: every fact (filtered by period and metric) and every reconciliation check.</summary>
public static class ResultsApi
{
    public static RouteGroupBuilder MapResultsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/facts", GetFacts).WithTags("Facts");
        api.MapGet("/checks", GetChecks).WithTags("Checks");
        return api;
    }

    internal static Results<Ok<IEnumerable<FactDto>>, ProblemHttpResult> GetFacts(
        ResultsSnapshot snapshot, string? period = null, string? metric = null) =>
        FactFilter.Apply(snapshot, period, metric) switch
        {
            { Problem: { } problem } => problem,
            { Facts: var facts } => TypedResults.Ok(facts.Select(FactDto.From)),
        };

    internal static Ok<IEnumerable<CheckDto>> GetChecks(ResultsSnapshot snapshot) =>
        TypedResults.Ok(snapshot.Checks.Select(CheckDto.From));
}
