using HemaCare.Results.Store;
using HemaCare.Results.Web.Components.Layout;
using Microsoft.AspNetCore.OutputCaching;

namespace HemaCare.Results.Web.Hosting;

/// <summary>
/// Caches every successful GET (pages, exports, API) until the store changes. Unlike the default policy it
/// caches requests that carry cookies, because the only cookie the app reads is the theme, and that is part
/// of the key; it never stores a response that sets a cookie. The store version is in the key too, so a
/// response rendered from an old snapshot can never be served after a swap, even if it is stored late.
/// </summary>
public sealed class StoreOutputCachePolicy(ResultsStore store) : IOutputCachePolicy
{
    /// <summary>Every entry carries this tag; a store rebuild evicts it.</summary>
    public const string Tag = "results-store";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = HttpMethods.IsGet(request.Method)
            && !request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
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
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.SetCookie))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
