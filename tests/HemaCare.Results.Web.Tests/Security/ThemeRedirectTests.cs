using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HemaCare.Results.Web.Tests.Security;

/// <summary>The theme switch returns to the page it came from, and never to another site.</summary>
public sealed class ThemeRedirectTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Theory]
    [InlineData("//x")]
    [InlineData("/\\x")]
    [InlineData("https:%2f%2fx")]
    [InlineData("https://evil.example/")]
    [InlineData("%2f%2fevil.example")]
    [InlineData("/%5cevil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("periods")]
    [InlineData("")]
    public async Task Return_urls_that_are_not_local_paths_go_home(string returnUrl) =>
        (await LocationAfterSwitching(returnUrl)).Should().Be("/");

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/periods/2003-Q2", "/periods/2003-Q2")]
    [InlineData("%2Fperiods%2F2003-FY", "/periods/2003-FY")]
    [InlineData("/sources/hemacare-2003-q2-call-script%23fact-x", "/sources/hemacare-2003-q2-call-script#fact-x")]
    public async Task Local_return_urls_are_followed_exactly(string returnUrl, string expected) =>
        (await LocationAfterSwitching(returnUrl)).Should().Be(expected);

    [Fact]
    public async Task The_theme_cookie_lasts_a_year_for_the_whole_site_out_of_scripts_reach()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/theme/dark?returnUrl=/periods");

        response.Headers.GetValues("Set-Cookie").Should().ContainSingle()
            .Which.Should().Be("theme=dark; max-age=31536000; path=/; samesite=lax; httponly");
    }

    private async Task<string?> LocationAfterSwitching(string returnUrl)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync($"/theme/dark?returnUrl={returnUrl}");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return response.Headers.Location?.OriginalString;
    }
}
