using System.Security.Cryptography;
using System.Text;
using HemaCare.Results.Store;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Net.Http.Headers;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// HTTP validation for exports and the JSON API: a 200 carries a strong ETag and <c>Cache-Control: no-cache</c>
/// (clients store it but ask again), and a request whose If-None-Match holds the current tag gets a bodiless
/// 304. The tag hashes what the bytes depend on: the store's content hash, this build of the app (a new release
/// may write a file differently from the same store), the host (workbooks link to it) and the path and query.
/// It runs before the output cache, so a revalidation costs neither rendering nor a cache copy. The tag is taken
/// before the response is built: a store swap in between can only make the body newer than its tag, so a client
/// may download once more, never keep stale figures.
/// </summary>
public sealed class StoreETagMiddleware(RequestDelegate next, ResultsStore store)
{
    public const string CacheControl = "no-cache";

    private static readonly string Build =
        typeof(StoreETagMiddleware).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context)) return next(context);
        var etag = For(store.Current.Version, context.Request);
        var response = context.Response;
        if (Matches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = CacheControl;
            return Task.CompletedTask;
        }
        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                response.Headers.ETag = etag;
                response.Headers.CacheControl = CacheControl;
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>GETs of /api and /export data; the /api page is HTML that varies by theme, so it is left out.</summary>
    private static bool Applies(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && ErrorResponses.IsMachineReadable(context.Request.Path)
        && context.GetEndpoint() is { } endpoint
        && endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is null;

    public static string For(string storeVersion, HttpRequest request)
    {
        var key = $"{storeVersion}\n{Build}\n{request.Host}\n{request.PathBase}{request.Path}{request.QueryString}";
        return $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]}\"";
    }

    /// <summary>
    /// If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/"x" matches "x". A * is left to the
    /// endpoint: it matches only a resource that exists, which is not known before the endpoint runs.
    /// </summary>
    private static bool Matches(HttpRequest request, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)) return false;
        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => !t.Equals(EntityTagHeaderValue.Any) && t.Compare(current, useStrongComparison: false));
    }
}
