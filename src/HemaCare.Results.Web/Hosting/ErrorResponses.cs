using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// How errors look: browsers get HTML pages (/error, /not-found); the machine-readable routes (/api, /export)
/// get problem+json. Neither ever carries exception text, only a request id to quote.
/// </summary>
public static class ErrorResponses
{
    public const string ErrorPath = "/error";
    public const string NotFoundPath = "/not-found";

    public static bool IsMachineReadable(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/export", StringComparison.OrdinalIgnoreCase);

    public static string RequestId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    /// <summary>Status code pages: a bodiless 404 from a browser route re-executes /not-found; every other bodiless error is problem+json.</summary>
    public static async Task WriteStatusCodeBody(StatusCodeContext status)
    {
        var context = status.HttpContext;
        if (context.Response.StatusCode == StatusCodes.Status404NotFound && !IsMachineReadable(context.Request.Path))
        {
            await ReExecute(status, NotFoundPath);
            return;
        }
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context })) return;
        // The problem details writer declines when Accept excludes JSON; /api and /export answer it regardless.
        if (IsMachineReadable(context.Request.Path))
            await TypedResults.Problem(statusCode: context.Response.StatusCode).ExecuteAsync(context);
    }

    /// <summary>What UseStatusCodePagesWithReExecute does, for one path and only when chosen above. Routing runs again after this middleware, so clearing the endpoint routes the new path.</summary>
    private static async Task ReExecute(StatusCodeContext status, string path)
    {
        var context = status.HttpContext;
        var originalPath = context.Request.Path;
        var originalQuery = context.Request.QueryString;
        var routeValues = context.Features.Get<IRouteValuesFeature>();
        // Blazor writes no body for a 404 unless this exact feature type says the request is a re-execution.
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = originalPath.Value ?? "",
            OriginalPathBase = context.Request.PathBase.Value ?? "",
            OriginalQueryString = originalQuery.HasValue ? originalQuery.Value : null,
            Endpoint = context.GetEndpoint(),
            RouteValues = routeValues?.RouteValues is { } values ? new(values) : null,
        });
        context.SetEndpoint(null);
        if (routeValues is not null) routeValues.RouteValues = [];
        context.Request.Path = path;
        context.Request.QueryString = QueryString.Empty;
        try
        {
            await status.Next(context);
        }
        finally
        {
            context.Request.Path = originalPath;
            context.Request.QueryString = originalQuery;
            context.Features.Set<IStatusCodeReExecuteFeature?>(null);
        }
    }
}

/// <summary>An unhandled exception on /api or /export: problem+json with the request id, never the exception. Other routes fall through to the /error page.</summary>
public sealed class MachineReadableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!ErrorResponses.IsMachineReadable(context.Request.Path)) return false;
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "The server could not answer this request.",
                Detail = $"Quote request id {ErrorResponses.RequestId(context)} when reporting it.",
            },
        });
    }
}

