using HemaCare.Results.Checks;
using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>What /healthz answers: its status, the store version served and every problem found.</summary>
public sealed record HealthDto(string Status, string? Version, IReadOnlyList<string> Problems)
{
    public static HealthDto Of(ResultsStore store)
    {
        if (!store.IsOpen) return new(HealthEndpoints.Unhealthy, null, ["The store has not been opened."]);
        var snapshot = store.Current;
        var problems = new List<string>();
        if (store.Problem is { } problem) problems.Add(problem);
        problems.AddRange(snapshot.Checks
            .Where(c => c.Status != CheckStatus.Pass)
            .Select(c => $"Check {c.Id} fails: {c.Description}"));
        return new(problems.Count == 0 ? HealthEndpoints.Healthy : HealthEndpoints.Unhealthy, snapshot.Version,
            problems);
    }
}
