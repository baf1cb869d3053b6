using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace HemaCare.Results.Web.Health;

/// <summary>
/// /healthz through ASP.NET Core health checks: 200 "Healthy" only when a store is served, it is built from the
/// current data/ and seeds/, and every check passes; otherwise 503 naming each problem. Either way it reports
/// the store's content hash, so instances behind a load balancer can be compared.
/// </summary>
public static class HealthEndpoints
{
    public const string Path = "/healthz";

    public static IEndpointConventionBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync })
            .CacheOutput(policy => policy.NoCache());
}
