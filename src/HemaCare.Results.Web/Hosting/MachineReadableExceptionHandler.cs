using Microsoft.AspNetCore.Diagnostics;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// An unhandled exception on /api or /export: problem+json with the request id, never the exception. Other routes fall
/// through to the /error page.
/// </summary>
public sealed class MachineReadableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception,
        CancellationToken cancellationToken)
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
