using HemaCare.Results.Store;
using HemaCare.Results.Web.Presentation;
using Microsoft.AspNetCore.Components.Endpoints;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// Answers 404 for a period, quarter, source or figure page when the store has no such period, year, script or
/// fact (or no such comparison period), and 400 for a comparison of periods of different lengths or a segment
/// filter value outside its list, while the page still renders its body (the choices there are). Blazor's static
/// rendering sends an empty body for a status set before or during rendering, so the status is set as the response
/// starts, after rendering.
/// </summary>
internal static class UnknownResourceStatus
{
    public static Task Set(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            && StatusOf(context) is { } status)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.StatusCode = status;
                return Task.CompletedTask;
            });
        }
        return next(context);
    }

    private static int? StatusOf(HttpContext context)
    {
        var values = context.Request.RouteValues;
        var snapshot = context.RequestServices.GetRequiredService<ResultsSnapshot>();
        if (values.TryGetValue("Code", out var code))
        {
            if (snapshot.FindPeriod(code as string ?? "") is not { } period) return StatusCodes.Status404NotFound;
            var vs = context.Request.Query["vs"].FirstOrDefault();
            return PeriodComparison.Resolve(snapshot, period, vs).Status switch
            {
                ComparisonStatus.Unknown => StatusCodes.Status404NotFound,
                ComparisonStatus.Incomparable => StatusCodes.Status400BadRequest,
                _ => null,
            };
        }
        var page = context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
        if (page == typeof(Components.Pages.Segments.Segments)
            && !SegmentFilter.TryParse(context.Request.Query["length"].FirstOrDefault(),
                context.Request.Query["segment"].FirstOrDefault(), out _))
            return StatusCodes.Status400BadRequest;
        if (values.TryGetValue("Year", out var year) && QuarterTables.FindYear(snapshot, year as string) is null)
            return StatusCodes.Status404NotFound;
        if (values.TryGetValue("Id", out var id) && FactPages.Find(snapshot, id as string ?? "") is null)
            return StatusCodes.Status404NotFound;
        if (values.TryGetValue("Document", out var document)
            && snapshot.FindDocument(document as string ?? "") is null)
            return StatusCodes.Status404NotFound;
        return null;
    }
}
