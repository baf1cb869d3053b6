using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// The ?period= and ?metric= filters shared by the JSON and CSV fact endpoints. An unknown value is not
/// echoed back: the problem lists the valid values instead, so hostile input is never reflected.
/// </summary>
internal sealed record FactFilter(IEnumerable<Fact> Facts, ProblemHttpResult? Problem)
{
    public static FactFilter Apply(ResultsSnapshot snapshot, string? period, string? metric)
    {
        if (period is not null && snapshot.FindPeriod(period) is null)
        {
            var periods = string.Join(", ", snapshot.Periods.Select(p => p.Code));
            return new([], NotFound("Unknown period", $"Periods in the store: {periods}."));
        }
        if (metric is not null && !snapshot.Facts.Any(f => f.Metric == metric))
        {
            var metrics = string.Join(", ", snapshot.Facts.Select(f => f.Metric).Distinct().Order());
            return new([], NotFound("Unknown metric", $"Metrics in the store: {metrics}."));
        }
        var facts = snapshot.Facts
            .Where(f => (period is null || f.Period == period) && (metric is null || f.Metric == metric));
        return new(facts, null);
    }

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}
