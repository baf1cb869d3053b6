using HemaCare.Results.Checks;
using HemaCare.Results.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HemaCare.Results.Web.Health;

/// <summary>Unhealthy when no store is open, it is not built from the current inputs, or a check fails.</summary>
public sealed class StoreHealthCheck(ResultsStore store) : IHealthCheck
{
    public const string ContentHashKey = "contentHash";
    public const string ProblemsKey = "problems";

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!store.IsOpen)
            return Task.FromResult(Result(context, null, ["The store has not been opened."]));
        var snapshot = store.Current;
        var problems = new List<string>();
        if (store.Problem is { } problem) problems.Add(problem);
        problems.AddRange(snapshot.Checks.Where(c => c.Status != CheckStatus.Pass)
            .Select(c => $"Check {c.Id} fails: {c.Description}"));
        return Task.FromResult(Result(context, snapshot.Version, problems));
    }

    private static HealthCheckResult Result(
        HealthCheckContext context, string? contentHash, IReadOnlyList<string> problems)
    {
        var data = new Dictionary<string, object> { [ProblemsKey] = problems };
        if (contentHash is not null) data[ContentHashKey] = contentHash;
        return problems.Count == 0
            ? HealthCheckResult.Healthy(data: data)
            : new HealthCheckResult(
                context.Registration.FailureStatus, string.Join(Environment.NewLine, problems), data: data);
    }
}
