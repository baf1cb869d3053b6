using HemaCare.Results.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// The JSON API: every fact (filtered by period and metric), one fact by id, and every reconciliation check.
/// </summary>
public static class ResultsApi
{
    public static RouteGroupBuilder MapResultsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/facts", GetFacts).WithTags("Facts");
        api.MapGet("/facts/{id}", GetFact).WithTags("Facts");
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

    internal static Results<Ok<FactDto>, ProblemHttpResult> GetFact(ResultsSnapshot snapshot, string id) =>
        snapshot.FactsById.TryGetValue(id, out var fact)
            ? TypedResults.Ok(FactDto.From(fact))
            : FactFilter.NotFound("Unknown fact.", $"Every fact and its id is listed at {Links.Api.Facts}.");

    internal static Ok<IEnumerable<CheckDto>> GetChecks(ResultsSnapshot snapshot) =>
        TypedResults.Ok(snapshot.Checks.Select(CheckDto.From));
}
