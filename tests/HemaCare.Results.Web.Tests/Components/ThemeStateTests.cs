using HemaCare.Results.Web.Components.Layout;
using Microsoft.AspNetCore.Http;

namespace HemaCare.Results.Web.Tests.Components;

/// <summary>The theme a page is drawn in: the cookie's when it names a theme, otherwise the reader's system's.</summary>
public sealed class ThemeStateTests
{
    private static HttpRequest RequestWithCookie(string? theme)
    {
        var context = new DefaultHttpContext();
        if (theme is not null) context.Request.Headers.Cookie = $"{ThemeState.CookieName}={theme}";
        return context.Request;
    }

    [Theory]
    [InlineData("auto", true)]
    [InlineData("light", true)]
    [InlineData("dark", true)]
    [InlineData("Dark", false)]
    [InlineData("", false)]
    [InlineData("blue", false)]
    public void Only_the_three_themes_are_known(string theme, bool known) =>
        ThemeState.IsKnown(theme).Should().Be(known);

    [Theory]
    [InlineData("dark", "dark")]
    [InlineData("light", "light")]
    [InlineData("blue", "auto")]
    [InlineData(null, "auto")]
    public void The_cookie_sets_the_theme_when_it_names_one(string? cookie, string theme) =>
        ThemeState.Of(RequestWithCookie(cookie)).Should().Be(theme);

    [Fact]
    public void Outside_a_request_the_theme_follows_the_system() =>
        new ThemeState(new HttpContextAccessor()).Current.Should().Be(ThemeState.Auto);

    [Fact]
    public void In_a_request_the_theme_is_the_cookies() =>
        new ThemeState(new HttpContextAccessor { HttpContext = RequestWithCookie("dark").HttpContext }).Current
            .Should().Be(ThemeState.Dark);
}
