using HemaCare.Results.Store;
using HemaCare.Results.Web.Components.Layout;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// Caches successful GETs of pages, exports and the API until the store changes. The key holds the path (case
/// kept, as routes keep a code's case), the query parameters the endpoint reads, the theme and the store
/// version; never the Host header. A request carrying any other parameter, or one parameter twice, is answered
/// but not cached: otherwise every invented query string or host name would add an entry, and a small body
/// under a long key slips past the cache's size limit, which counts bodies only. Unlike the default policy it
/// caches requests that carry cookies, because the only cookie the app reads is the theme, which is in the key;
/// it never stores an empty or untyped response (a static file missing from the build output answers 200 with
/// neither), one that sets a cookie, or one negotiated on a header the key lacks (a static file's gzip
/// variant). The store version in the key means a response rendered from an old snapshot is never served after
/// a swap, even if it is stored late.
/// </summary>
public sealed class StoreOutputCachePolicy(ResultsStore store) : IOutputCachePolicy
{
    /// <summary>Every entry carries this tag; a store rebuild evicts it.</summary>
    public const string Tag = "results-store";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var queryKeys = EndpointQueryKeys.Of(context.HttpContext.GetEndpoint());
        var cacheable = HttpMethods.IsGet(request.Method)
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && EndpointQueryKeys.ReadsOnly(request.Query, queryKeys);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.VaryByHost = false;
        context.CacheVaryByRules.QueryKeys = queryKeys;
        context.CacheVaryByRules.VaryByValues[ThemeState.CookieName] = ThemeState.Of(request);
        context.CacheVaryByRules.VaryByValues["store"] = store.Current.Version + (store.Problem is null ? "" : "!");
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var headers = response.Headers;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.ContentLength == 0 || string.IsNullOrEmpty(response.ContentType)
            || headers.ContainsKey(HeaderNames.SetCookie)
            || headers.ContainsKey(HeaderNames.ContentEncoding)
            || headers.ContainsKey(HeaderNames.Vary))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
