namespace HemaCare.Results.Web.Components.Layout;

/// <summary>
/// The reader's theme: "auto" follows prefers-color-scheme; "light" and "dark" come from the switch's cookie.
/// </summary>
public sealed class ThemeState(IHttpContextAccessor accessor)
{
    public const string CookieName = "theme";
    public const string Auto = "auto";
    public const string Light = "light";
    public const string Dark = "dark";

    public static bool IsKnown(string theme) => theme is Auto or Light or Dark;

    public string Current => accessor.HttpContext is { } context ? Of(context.Request) : Auto;

    public static string Of(HttpRequest request) => request.Cookies[CookieName] is { } value && IsKnown(value)
        ? value : Auto;
}
