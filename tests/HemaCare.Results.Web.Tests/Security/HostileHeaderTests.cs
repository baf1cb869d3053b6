using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace HemaCare.Results.Web.Tests.Security;

/// <summary>
/// Requests a red-team pass found mishandled: odd Host headers, non-ASCII redirect targets, path case, range
/// requests and content negotiation. Tests that depend on what the output cache holds use a fresh app.
/// </summary>
public sealed class HostileHeaderTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("3000")]
    [InlineData("bad host")]
    public async Task Empty_over_long_or_malformed_host_header_is_answered_400(string host)
    {
        var value = host == "3000" ? new string('a', 3000) : host;
        foreach (var path in new[] { "/", "/periods/2003-Q2", "/api/facts" })
        {
            var context = await factory.Server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = path;
                c.Request.Host = new HostString(value);
            });

            context.Response.StatusCode.Should().Be(StatusCodes.Status400BadRequest, $"Host '{host}' on {path}");
            context.Response.ContentType.Should().Be("text/plain; charset=utf-8");
            (await new StreamReader(context.Response.Body).ReadToEndAsync()).Should()
                .Be("Bad request: invalid Host header.", "the client is told what is wrong, in plain text");
        }
    }

    [Fact]
    public async Task AllowedHosts_setting_limits_the_hosts_the_site_answers()
    {
        using var limited =
            factory.WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "results.example;*.results.example"));
        async Task<int> StatusFor(string host) => (await limited.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/api/checks";
            c.Request.Host = new HostString(host);
        })).Response.StatusCode;

        (await StatusFor("results.example")).Should().Be(StatusCodes.Status200OK);
        (await StatusFor("www.results.example")).Should().Be(StatusCodes.Status200OK);
        (await StatusFor("evil.example")).Should().Be(StatusCodes.Status400BadRequest);
    }

    [Theory]
    [InlineData("/caf%C3%A9", "/caf%C3%A9")]
    [InlineData("/%E2%80%AE", "/%E2%80%AE")]
    [InlineData("/periods/2003-Q2?x=%C3%A9#top", "/periods/2003-Q2?x=%C3%A9#top")]
    [InlineData("/%F0%9F%A9%B8", "/%F0%9F%A9%B8")]
    public async Task Theme_switch_percent_encodes_a_non_ascii_return_url(string returnUrl, string location)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response =
            await client.GetAsync($"/theme/dark?returnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(location).And.MatchRegex("^[\\x21-\\x7e]+$");
    }

    [Fact]
    public async Task Theme_cookie_is_secure_when_served_over_https_and_not_over_http()
    {
        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"),
        });
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var secure = await https.GetAsync("/theme/dark?returnUrl=/");
        using var plain = await http.GetAsync("/theme/dark?returnUrl=/");

        secure.Headers.GetValues("Set-Cookie").Should().ContainSingle().Which.Should().Contain("secure");
        plain.Headers.GetValues("Set-Cookie").Should().ContainSingle().Which.Should().NotContain("secure");
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api/facts/extra")]
    [InlineData("/export/nope.csv")]
    public async Task Unknown_api_and_export_routes_answer_problem_json_whatever_the_client_accepts(string path)
    {
        using var client = factory.CreateClient();
        foreach (var accept in new[] { "text/html", "*/*", "application/json", "image/png" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd(accept);

            using var response = await client.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            response.Content.Headers.ContentType?.MediaType.Should()
                .Be("application/problem+json", $"Accept: {accept}");
            (await response.Content.ReadAsStringAsync()).Should().Contain("\"status\":404");
        }
    }

    [Fact]
    public async Task Period_code_case_gets_the_same_answer_whatever_was_requested_before()
    {
        using var fresh = new ResultsAppFactory();
        using var client = fresh.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var paths = new[]
        {
            "/periods/2003-q2", "/export/periods/2003-q2/segments.csv", "/sources/HEMACARE-2003-Q2-CALL-SCRIPT",
        };
        var canonicalPaths = new[]
        {
            "/periods/2003-Q2", "/export/periods/2003-Q2/segments.csv", "/sources/hemacare-2003-q2-call-script",
        };

        var first = await StatusesOf(client, paths);
        foreach (var canonical in canonicalPaths)
            (await client.GetAsync(canonical)).StatusCode.Should().Be(HttpStatusCode.OK);
        var after = await StatusesOf(client, paths);

        after.Should().Equal(first);
    }

    [Fact]
    public async Task Range_request_for_a_static_file_gets_the_range_or_the_whole_file_never_a_206_with_the_whole_file()
    {
        // The fault shows only in a real process run from the build output (the in-memory server resolves
        // static files differently), so this test starts one.
        await using var app = await BuildOutputProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/bench/static-sample.html");
        request.Headers.Range = new RangeHeaderValue(0, 99);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var whole = await client.GetByteArrayAsync("/bench/static-sample.html");

        whole.Length.Should().BeGreaterThan(1000);
        if (response.StatusCode == HttpStatusCode.PartialContent)
            body.Should().Equal(whole[..100]);
        else
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            body.Should().Equal(whole);
        }
    }

    [Fact]
    public async Task A_static_file_answered_to_a_gzip_client_is_never_served_from_cache_to_a_plain_one()
    {
        await using var app = await BuildOutputProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        using var gzip = new HttpRequestMessage(HttpMethod.Get, "/app.css");
        gzip.Headers.AcceptEncoding.ParseAdd("gzip");
        (await client.SendAsync(gzip)).Dispose();

        using var plain = await client.GetAsync("/app.css");

        plain.StatusCode.Should().Be(HttpStatusCode.OK);
        plain.Content.Headers.ContentEncoding.Should().BeEmpty();
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        bytes.Should().HaveCount((int)plain.Content.Headers.ContentLength!).And.HaveCountGreaterThan(1000);
        System.Text.Encoding.UTF8.GetString(bytes).Should().Contain("{", "the stylesheet arrives as text, not gzip");
    }

    private static async Task<List<HttpStatusCode>> StatusesOf(HttpClient client, IEnumerable<string> paths)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }
}
