using System.Net;
using HemaCare.Results.Web.Hosting;

namespace HemaCare.Results.Web.Tests.Security;

public sealed class SecurityHeaderTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/" },
        { "GET", "/export/facts.csv" },
        { "GET", "/api/facts?period=2003-Q2" },
        { "GET", "/api/checks" },
        { "GET", "/healthz" },
        { "GET", "/no-such-page" },
        { "GET", "/api/facts?period=1999-Q9" },
        { "GET", "/error" },
        { "GET", "/app.css" },
        { "GET", "/theme/dark?returnUrl=/" },
        { "POST", "/" },
        { "DELETE", "/api/facts" },
        { "HEAD", "/" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string method, string url)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        response.Headers.GetValues("Content-Security-Policy").Should()
            .Equal(SecurityHeadersMiddleware.ContentSecurityPolicy);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        response.Headers.Contains("Server").Should().BeFalse();
    }

    [Fact]
    public void Content_security_policy_allows_no_inline_script_or_plugins_or_framing()
    {
        var policy = SecurityHeadersMiddleware.ContentSecurityPolicy;
        policy.Should().Contain("default-src 'self'").And.Contain("script-src 'self';").And.Contain("object-src 'none'")
            .And.Contain("frame-ancestors 'none'").And.Contain("base-uri 'self'").And.NotContain("unsafe");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/not-found")]
    [InlineData("/error")]
    public async Task Pages_carry_no_inline_script_or_style_that_the_policy_would_block(string url)
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(url);

        html.Should().NotContain("<script").And.NotContain(" style=\"").And.NotContain("<style");
        html.Should().NotMatchRegex(" on[a-z]+=\"", "inline event handlers are script");
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("POST", "/export/facts.csv")]
    [InlineData("PUT", "/api/facts")]
    [InlineData("DELETE", "/api/checks")]
    [InlineData("PATCH", "/theme/dark")]
    [InlineData("OPTIONS", "/")]
    [InlineData("POST", "/no-such-page")]
    public async Task Methods_other_than_get_and_head_get_405_with_an_allow_header(string method, string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "HEAD");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/export/facts.csv")]
    [InlineData("/api/facts")]
    [InlineData("/healthz")]
    public async Task Head_answers_200_like_get_without_a_body(string url)
    {
        using var client = factory.CreateClient();
        using var get = await client.GetAsync(url);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentType.Should().Be(get.Content.Headers.ContentType);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Production_error_page_shows_a_request_id_and_no_exception_details()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/error");

        html.Should().MatchRegex("request id <code class=\"request-id\">[0-9a-f-]{16,}</code>");
        html.Should().NotContain("Exception").And.NotContain("   at ").And.NotContain("stack",
            "no exception details in Production");
    }

    [Fact]
    public async Task Unknown_page_renders_the_not_found_page_with_404_and_unknown_api_route_is_problem_json()
    {
        using var client = factory.CreateClient();
        using var page = await client.GetAsync("/no-such-page");
        using var api = await client.GetAsync("/api/no-such-thing");

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).Should().Contain("<h1>Page not found</h1>");
        api.StatusCode.Should().Be(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task No_hsts_or_https_redirect_on_plain_http()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }
}
