using Microsoft.Net.Http.Headers;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// Serves whole responses only: drops a request's Range and If-Range headers and answers without Accept-Ranges.
/// Every file here is small, and static assets served from the build output answered a range with 206 and the
/// whole file; a 200 with the whole file is always a correct answer to a range request (RFC 9110 §14.2).
/// </summary>
public sealed class RangeRequestsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        headers.Remove(HeaderNames.Range);
        headers.Remove(HeaderNames.IfRange);
        context.Response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers.Remove(HeaderNames.AcceptRanges);
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
