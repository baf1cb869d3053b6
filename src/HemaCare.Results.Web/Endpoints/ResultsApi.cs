using System.ComponentModel;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Presentation;
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
        api.MapGet("/facts", GetFacts).WithTags("Facts")
            .Describe("Every fact, stated and derived", "Each figure with its period, scope, metric, value, unit, "
                + "decimals, qualifier, basis, interval (low, high) and provenance: the document and quote of a "
                + "stated figure, the formula and input ids of a derived one. Filter by ?period= and ?metric=; an "
                + "unknown value is a 404 listing the valid ones.")
            .NotFoundProblem()
            .Examples(s => [Links.Api.Facts, $"{Links.Api.Facts}?period={s.ReportedPeriods.FirstOrDefault()?.Code}",
                $"{Links.Api.Facts}?metric=revenue"]);
        api.MapGet("/checks", GetChecks).WithTags("Checks")
            .Describe("Every reconciliation check", "Each check with its rule, period, status (pass or fail), "
                + "description, the interval the stated figure allows (expected), the interval its parts compute "
                + "to (computed), and the ids of the facts it joins.")
            .Example(Links.Api.Checks);
        api.MapGet("/facts/{id}", GetFact).WithTags("Facts")
            .Describe("One fact by id", "The same record as in /api/facts for one figure: its value, interval, "
                + "basis and provenance. An unknown id is a 404 problem.")
            .NotFoundProblem()
            .Examples(s => [Links.Api.Facts + "/" + s.Facts.First().Id]);
        return api;
    }

    internal static Results<Ok<IEnumerable<FactDto>>, ProblemHttpResult> GetFacts(
        ResultsSnapshot snapshot, [Description(EndpointDocumentation.PeriodFilter)] string? period = null,
        [Description(EndpointDocumentation.MetricFilter)] string? metric = null) =>
        FactFilter.Apply(snapshot, period, metric) switch
        {
            { Problem: { } problem } => problem,
            { Facts: var facts } => TypedResults.Ok(facts.Select(FactDto.From)),
        };

    internal static Results<Ok<FactDto>, ProblemHttpResult> GetFact(ResultsSnapshot snapshot,
        [Description("A fact id as listed by /api/facts, e.g. q2-revenue-2003-q2.")] string id) =>
        FactPages.Find(snapshot, id) is { } fact
            ? TypedResults.Ok(FactDto.From(fact))
            : FactFilter.NotFound("Unknown fact", $"Every fact and its id is listed at {Links.Api.Facts}.");

    internal static Ok<IEnumerable<CheckDto>> GetChecks(ResultsSnapshot snapshot) =>
        TypedResults.Ok(snapshot.Checks.Select(CheckDto.From));
}
