using System.Net;
using System.Net.Http.Headers;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Tests.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Hosting;

/// <summary>What the request pipeline in Program.cs promises, each step seen from outside.</summary>
public sealed class PipelineTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private const string Secret = "connection string with a password";

    /// <summary>The app with a fault: reading the store throws on /api/facts and on one page, nowhere else.</summary>
    private WebApplicationFactory<Program> Faulty() => factory.WithWebHostBuilder(builder =>
        builder.ConfigureTestServices(services => services.AddTransient(sp =>
        {
            var path = sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Path;
            if (path == "/api/facts" || path == "/periods/2003-Q2") throw new InvalidOperationException(Secret);
            return sp.GetRequiredService<ResultsStore>().Current;
        })));

    [Fact]
    public async Task An_unexpected_error_on_the_api_is_a_500_problem_without_the_exception()
    {
        using var app = Faulty();

        using var response = await app.CreateClient().GetAsync("/api/facts");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain(Secret).And.NotContain("InvalidOperationException").And.Contain("\"status\":500")
            .And.Contain("\"traceId\":").And.Contain("Quote request id ", "the request id to quote when reporting it");
    }

    [Fact]
    public async Task An_unexpected_error_on_a_page_is_the_error_page_without_the_exception()
    {
        using var app = Faulty();

        using var response = await app.CreateClient().GetAsync("/periods/2003-Q2");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        page.Title.Should().StartWith("Error");
        page.Body!.TextContent.Should().NotContain(Secret).And.NotContain("InvalidOperationException");
    }

    [Fact]
    public async Task Https_responses_ask_browsers_to_keep_to_https()
    {
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://results.example.com") });

        using var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Should().Equal("max-age=2592000");
    }

    [Fact]
    public async Task A_range_request_gets_the_whole_response_and_no_offer_of_ranges()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/app.css");
        request.Headers.Range = new RangeHeaderValue(0, 9);
        var whole = await factory.CreateClient().GetByteArrayAsync("/app.css");

        using var response = await factory.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(whole);
        whole.Length.Should().BeGreaterThan(10);
        response.Headers.AcceptRanges.Should().BeEmpty();
    }
}
