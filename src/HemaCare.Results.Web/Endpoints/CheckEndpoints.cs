using HemaCare.Results.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

public static class CheckEndpoints
{
    public static RouteGroupBuilder MapCheckEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/checks").WithTags("Checks");
        group.MapGet("/", GetChecks);
        return group;
    }

    internal static Ok<IEnumerable<CheckDto>> GetChecks(ResultsSnapshot snapshot) =>
        TypedResults.Ok(snapshot.Checks.Select(CheckDto.From));
}
