using HemaCare.Results.Store;
using Microsoft.AspNetCore.Components.Endpoints;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// Answers 404 for a period, source or figure page when the store has no such period, script or fact, while the page still
/// renders its body (the periods or scripts there are). Blazor's static rendering sends an empty body for a
/// 404 set before or during rendering, so the status is set as the response starts, after rendering.
/// </summary>
internal static class UnknownResourceStatus
{
    public static Task Set(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null && IsUnknown(context))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        }
        return next(context);
    }

    private static bool IsUnknown(HttpContext context)
    {
        var values = context.Request.RouteValues;
        var snapshot = context.RequestServices.GetRequiredService<ResultsSnapshot>();
        return values.TryGetValue("Code", out var code) && snapshot.FindPeriod(code as string ?? "") is null
            || values.TryGetValue("Document", out var document)
                && snapshot.FindDocument(document as string ?? "") is null
            || values.TryGetValue("Id", out var id) && !snapshot.FactsById.ContainsKey(id as string ?? "");
    }
}
