namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// Answers 400 to a request whose Host header is empty, over 255 characters (the DNS limit) or not a host name
/// or address: pages build absolute URIs from it, so such a header would otherwise fail every page with a 500.
/// Which hosts are allowed at all is the host filtering middleware's job (the AllowedHosts setting).
/// </summary>
public sealed class HostHeaderMiddleware(RequestDelegate next)
{
    public const int MaxLength = 255;

    public Task InvokeAsync(HttpContext context)
    {
        if (IsUsable(context.Request.Host)) return next(context);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Bad request: invalid Host header.");
    }

    public static bool IsUsable(HostString host) =>
        host.HasValue && host.Value.Length <= MaxLength
        && Uri.CheckHostName(host.Host) != UriHostNameType.Unknown
        && Uri.TryCreate($"http://{host.Value}/", UriKind.Absolute, out _);
}
