using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace HemaCare.Results.Web.Tests.Security;

/// <summary>
/// Generated hostile requests at every route and query parameter. Requests are built on the server side
/// (TestServer.SendAsync) so raw "../", %00 and invalid UTF-8 reach the app as a client could send them,
/// instead of being normalised by System.Uri first.
/// </summary>
public sealed class HostileInputTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private const int Seed = 20030814;

    /// <summary>Route templates; {x} is a hostile path segment, query parameters get hostile values.</summary>
    private static readonly (string Path, string[] Query)[] Routes =
    [
        ("/", []), ("/periods/{x}", []), ("/segments", []), ("/liquidity", []), ("/sources/{x}", []), ("/checks", []),
        ("/api/facts", ["period", "metric"]), ("/api/checks", []), ("/export/facts.csv", ["period", "metric"]),
        ("/export/periods/{x}/segments.csv", []), ("/export/segments.csv", []), ("/export/liquidity.csv", []),
        ("/healthz", []), ("/theme/{x}", ["returnUrl"]),
    ];

    private static readonly string[] Payloads =
    [
        "%00", "a%00b", "../", "..%2f", "%2e%2e%2f", "%2e%2e/%2e%2e/etc/passwd", "%252e%252e%252f", "..\\..\\",
        "%C3%28", "%FF",
        "%E2%82", "%ED%A0%80", "' OR 1=1 --", "1';DROP TABLE facts;--", "<script>alert(1)</script>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "\"><img src=x onerror=alert(1)>", "2003-Q2", "2003-FY", "revenue",
        "//evil.example", "/\\evil.example", "/%0d%0aSet-Cookie:x=1", "/%09/evil.example", "https://evil.example/",
        "%0d%0aSet-Cookie:x=1", "{{7*7}}", "${jndi:x}",
        "=cmd|' /C calc'!A0", "%u0000", "\u202e", "🩸", "-1", "9999999999999999999999", "",
    ];

    public static IEnumerable<object[]> Batches() => Enumerable.Range(0, 6).Select(b => new object[] { b });

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task Hostile_requests_get_only_expected_statuses_and_no_stack_trace_or_reflected_markup(int batch)
    {
        var random = new Random(Seed + batch);
        var server = factory.Server;
        var failures = new List<string>();
        for (var sent = 0; sent < 100;)
        {
            var (path, query) = Generate(random);
            if (!ReachesTheApp(path)) continue;
            sent++;
            var context = await server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = PathString.FromUriComponent(path);
                c.Request.QueryString = new QueryString(query);
                c.Request.Headers.Accept = random.Next(2) == 0 ? "text/html" : "*/*";
            });
            var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
            var status = context.Response.StatusCode;
            var allowed = status is 200 or 400 or 404 or 405
                || (status == 302 && path.StartsWith("/theme/", StringComparison.Ordinal));
            if (!allowed
                || body.Contains("   at ", StringComparison.Ordinal)
                || body.Contains("Exception", StringComparison.Ordinal)
                || body.Contains("<script", StringComparison.OrdinalIgnoreCase)
                || body.Contains("onerror=", StringComparison.OrdinalIgnoreCase))
                failures.Add($"{status} {path}{query}: {body[..Math.Min(body.Length, 300)]}");
        }
        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/sources/..%2f..%2fetc%2fpasswd")]
    [InlineData("/sources/../data/hemacare-2003-q2-call-script.facts")]
    [InlineData("/sources/..%2fdata%2fhemacare-2003-q2-call-script.facts")]
    [InlineData("/sources/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/sources/%252e%252e%252fetc%252fpasswd")]
    [InlineData("/sources/..%5c..%5cetc%5cpasswd")]
    [InlineData("/sources/hemacare-results.db")]
    [InlineData("/sources/coverage-ignore.csv")]
    public async Task Source_document_route_never_reaches_a_file_outside_seeds(string path)
    {
        var context = await factory.Server.SendAsync(c => c.Request.Path = PathString.FromUriComponent(path));
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();

        context.Response.StatusCode.Should().Be(StatusCodes.Status404NotFound);
        body.Should().NotContain("root:").And.NotContain("id,period,segment").And.NotContain("SQLite format");
    }

    [Fact]
    public async Task Over_long_and_repeated_parameters_are_answered_without_error()
    {
        using var client = factory.CreateClient();
        var longValue = new string('9', 20_000);
        foreach (var url in new[]
                 {
                     $"/api/facts?period={longValue}",
                         "/api/facts?period=2003-Q2&period=2003-FY&metric=revenue&metric=x",
                     "/export/facts.csv?period=2003-Q2&period=2003-Q2", $"/periods/{longValue}",
                         $"/theme/dark?returnUrl=/{longValue}",
                 })
        {
            using var response = await client.GetAsync(url);
            ((int)response.StatusCode).Should().BeOneOf([200, 302, 400, 404], url);
            (await response.Content.ReadAsStringAsync()).Should().NotContain("Exception");
        }
    }

    /// <summary>
    /// A path whose decoding holds NUL is refused by the server's URL decoder (Kestrel answers 400) before the app sees
    /// it.
    /// </summary>
    private static bool ReachesTheApp(string path)
    {
        try
        {
            PathString.FromUriComponent(path);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static (string Path, string Query) Generate(Random random)
    {
        var (template, parameters) = Routes[random.Next(Routes.Length)];
        var path = template.Replace("{x}", Segment(random), StringComparison.Ordinal);
        var query = new StringBuilder();
        foreach (var name in parameters)
        {
            var repeats = random.Next(3);
            for (var r = 0; r < repeats; r++)
                query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Value(random));
        }
        if (random.Next(4) == 0)
            query.Append(query.Length == 0 ? '?' : '&').Append(Value(random)).Append('=').Append(Value(random));
        return (path, query.ToString());
    }

    private static string Segment(Random random) => random.Next(5) switch
    {
        0 => RandomBytes(random),
        1 => new string('A', random.Next(256, 5000)),
        _ => Payloads[random.Next(Payloads.Length)].Replace("/", random.Next(2) == 0 ? "%2f" : "/",
            StringComparison.Ordinal),
    };

    private static string Value(Random random) => random.Next(4) switch
    {
        0 => RandomBytes(random),
        1 => new string('x', random.Next(256, 5000)),
        _ => Payloads[random.Next(Payloads.Length)],
    };

    /// <summary>
    /// Random bytes, percent-encoded (any byte, so often invalid UTF-8) or raw when printable and harmless in a URL.
    /// </summary>
    private static string RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 64)];
        random.NextBytes(bytes);
        var text = new StringBuilder();
        foreach (var b in bytes)
            text.Append(b is >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
                ? ((char)b).ToString() : $"%{b:X2}");
        return text.ToString();
    }
}
