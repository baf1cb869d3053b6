using HemaCare.Results.Web.Components.Layout;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HemaCare.Results.Web.Endpoints;

/// <summary>
/// The light/dark switch: a plain GET link that sets a cookie and returns to the page, so it works without JavaScript.
/// </summary>
public static class ThemeEndpoints
{
    public static RouteGroupBuilder MapThemeEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/theme").ExcludeFromDescription();
        group.MapGet("/{theme}", SetTheme);
        return group;
    }

    internal static Results<RedirectHttpResult, NotFound> SetTheme(
        string theme, HttpContext context, string? returnUrl = null)
    {
        if (!ThemeState.IsKnown(theme)) return TypedResults.NotFound();
        context.Response.Cookies.Append(ThemeState.CookieName, theme, new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
            Secure = context.Request.IsHttps,
        });
        return TypedResults.LocalRedirect(LocalReturnUrl.Of(returnUrl));
    }
}
