namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// The site is read-only: every route answers GET and HEAD, anything else gets 405 with an Allow header.
/// HEAD runs the GET pipeline (RFC 9110 §9.3.2: same headers, no body), so every MapGet endpoint, page and
/// static file answers it without declaring it, and a HEAD shares the GET's output-cache entry.
/// </summary>
public sealed class ReadOnlyMethodsMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            await next(context);
            return;
        }
        if (!HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = Allowed;
            return;
        }

        request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            request.Method = HttpMethods.Head;
        }
    }
}
