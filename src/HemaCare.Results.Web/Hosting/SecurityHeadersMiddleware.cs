namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// Adds the security headers to every response: pages, exports, API, static files, errors and cache hits.
/// They are set when the response starts, so the exception handler clearing headers cannot drop them.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // style-src needs no 'unsafe-inline': the pages and Radzen's server-rendered charts carry no style
    // attributes (the SecurityHeaders tests check every page for them).
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.Server = default;
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
