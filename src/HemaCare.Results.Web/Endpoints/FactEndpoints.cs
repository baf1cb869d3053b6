using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

public static class FactEndpoints
{
    public static RouteGroupBuilder MapFactEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/facts").WithTags("Facts");
        group.MapGet("/", GetFacts);
        return group;
    }

    internal static Results<Ok<IEnumerable<FactDto>>, ProblemHttpResult> GetFacts(ResultsSnapshot snapshot, string? period = null, string? metric = null) =>
        FactFilter.Apply(snapshot, period, metric) switch
        {
            { Problem: { } problem } => problem,
            { Facts: var facts } => TypedResults.Ok(facts.Select(FactDto.From)),
        };
}

/// <summary>
/// The ?period= and ?metric= filters shared by the JSON and CSV fact endpoints. An unknown value is not
/// echoed back: the problem lists the valid values instead, so hostile input is never reflected.
/// </summary>
internal sealed record FactFilter(IEnumerable<Fact> Facts, ProblemHttpResult? Problem)
{
    public static FactFilter Apply(ResultsSnapshot snapshot, string? period, string? metric)
    {
        if (period is not null && snapshot.FindPeriod(period) is null)
            return new([], NotFound("Unknown period.", $"Periods in the store: {string.Join(", ", snapshot.Periods.Select(p => p.Code))}."));
        if (metric is not null && !snapshot.Facts.Any(f => f.Metric == metric))
            return new([], NotFound("Unknown metric.", $"Metrics in the store: {string.Join(", ", snapshot.Facts.Select(f => f.Metric).Distinct().Order())}."));
        var facts = snapshot.Facts.Where(f => (period is null || f.Period == period) && (metric is null || f.Metric == metric));
        return new(facts, null);
    }

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}
