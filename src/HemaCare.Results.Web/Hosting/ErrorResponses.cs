using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// How errors look: browsers get HTML pages (/error, /not-found); the machine-readable routes (/api, /export)
/// get problem+json. Neither ever carries exception text, only a request id to quote.
/// </summary>
public static class ErrorResponses
{
    public const string ErrorPath = "/error";
    public const string NotFoundPath = "/not-found";

    public static bool IsMachineReadable(HttpContext context) => IsMachineReadable(context.Request.Path);

    public static bool IsMachineReadable(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/export", StringComparison.OrdinalIgnoreCase);

    public static string RequestId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    /// <summary>
    /// An unhandled exception becomes a 500 without its text: problem+json on /api and /export (an API client
    /// parses the answer), the /error page everywhere else.
    /// </summary>
    public static IApplicationBuilder UseExceptionResponses(this IApplicationBuilder app) => app
        .UseWhen(IsMachineReadable, api => api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteServerProblem,
        }))
        .UseWhen(context => !IsMachineReadable(context),
            pages => pages.UseExceptionHandler(ErrorPath, createScopeForErrors: true));

    private static async Task WriteServerProblem(HttpContext context)
    {
        const string title = "The server could not answer this request.";
        var detail = $"Quote request id {RequestId(context)} when reporting it.";
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status500InternalServerError, Title = title, Detail = detail },
            }))
            return;
        await TypedResults.Problem(detail, statusCode: StatusCodes.Status500InternalServerError, title: title)
            .ExecuteAsync(context);
    }

    /// <summary>
    /// A bodiless error on /api or /export as problem+json. The problem details writer declines when Accept
    /// excludes JSON; these routes answer it regardless.
    /// </summary>
    public static async Task WriteProblem(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context })) return;
        await TypedResults.Problem(statusCode: context.Response.StatusCode).ExecuteAsync(context);
    }
}
