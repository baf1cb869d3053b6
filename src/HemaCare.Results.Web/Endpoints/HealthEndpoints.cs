using HemaCare.Results.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// /healthz: healthy only when a store is served, it is built from the current data/, and every check passes.
/// </summary>
public static class HealthEndpoints
{
    public const string Healthy = "Healthy";
    public const string Unhealthy = "Unhealthy";

    public static RouteGroupBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/healthz").WithTags("Health").CacheOutput(policy => policy.NoCache());
        group.MapGet("/", GetHealth);
        return group;
    }

    internal static Results<Ok<HealthDto>, JsonHttpResult<HealthDto>> GetHealth(ResultsStore store, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var report = HealthDto.Of(store);
        return report.Status == Healthy
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
