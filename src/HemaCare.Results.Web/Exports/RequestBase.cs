using Microsoft.AspNetCore.Http.Extensions;

namespace HemaCare.Results.Web.Exports;

/// <summary>
/// The site's absolute address as the client asked for it (scheme, host, path base), for links inside files
/// that leave the site. The output cache and the ETag both vary by host, so one host's links never reach another.
/// </summary>
public static class RequestBase
{
    public const string Fallback = "http://localhost";

    public static string Of(HttpRequest request) =>
        Uri.TryCreate(
            UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase), UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            ? uri.AbsoluteUri.TrimEnd('/')
            : Fallback;
}
