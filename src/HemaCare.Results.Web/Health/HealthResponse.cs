using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HemaCare.Results.Web.Health;

/// <summary>Writes a health report as a <see cref="HealthDto"/>; the health check middleware sets the status.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var entries = report.Entries.Values.ToList();
        var problems = entries.SelectMany(ProblemsOf).ToList();
        var contentHash = entries.Select(e => e.Data.GetValueOrDefault(StoreHealthCheck.ContentHashKey) as string)
            .FirstOrDefault(h => h is not null);
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new HealthDto(report.Status.ToString(), contentHash, problems));
    }

    private static IEnumerable<string> ProblemsOf(HealthReportEntry entry) =>
        entry.Data.GetValueOrDefault(StoreHealthCheck.ProblemsKey) as IReadOnlyList<string>
        ?? (entry.Status == HealthStatus.Healthy ? [] : [entry.Description ?? entry.Exception?.Message ?? "Unhealthy"]);
}
