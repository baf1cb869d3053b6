using System.Net;
using System.Net.Http.Headers;
using HemaCare.Results.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Exports;

public sealed class ETagTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    public static readonly TheoryData<string> Resources =
    [
        "/api/facts", "/api/facts?period=2003-Q2", "/api/checks", "/export/facts.csv", "/export/hemacare-results.xlsx",
        "/export/periods/2003-Q2.xlsx", "/export/periods/2003-Q2/segments.csv?shape=wide", "/export/checks.csv",
        "/export/periods/2003-Q2/revenue.svg", "/export/charts/liquidity-cash.svg",
    ];

    private static HttpRequestMessage Get(string url, params string[] ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var tag in ifNoneMatch) request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        return request;
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Export_or_api_response_carries_a_strong_etag_and_asks_clients_to_revalidate(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag.Should().NotBeNull();
        response.Headers.ETag!.IsWeak.Should().BeFalse();
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task If_none_match_with_the_current_etag_returns_304_without_a_body(string url)
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(url);
        await client.GetAsync(url); // the second answer comes from the output cache; the tag must not change
        var etag = first.Headers.ETag!.Tag;

        var response = await client.SendAsync(Get(url, etag));

        response.StatusCode.Should().Be(HttpStatusCode.NotModified);
        response.Headers.ETag!.Tag.Should().Be(etag);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
    }

    [Fact]
    public async Task A_cached_answer_keeps_the_tag_of_a_fresh_one()
    {
        var client = factory.CreateClient();

        var tags = new List<string>();
        for (var i = 0; i < 3; i++) tags.Add((await client.GetAsync("/export/segments.csv")).Headers.ETag!.Tag);

        tags.Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task Weak_form_and_list_form_of_if_none_match_also_match()
    {
        var client = factory.CreateClient();
        var etag = (await client.GetAsync("/api/checks")).Headers.ETag!.Tag;

        (await client.SendAsync(Get("/api/checks", "W/" + etag))).StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await client.SendAsync(Get("/api/checks", $"\"other\", {etag}"))).StatusCode
            .Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_stale_or_malformed_etag_gets_the_full_response()
    {
        var client = factory.CreateClient();

        var stale = await client.SendAsync(Get("/api/facts", "\"0123456789abcdef0123456789abcdef\""));
        var malformed = await client.SendAsync(Get("/api/facts", "not a tag"));

        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stale.Content.ReadAsByteArrayAsync()).Should().NotBeEmpty();
        malformed.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Each_path_and_query_has_its_own_etag()
    {
        var client = factory.CreateClient();
        string[] urls =
        [
            "/api/facts", "/api/facts?period=2003-Q2", "/export/segments.csv", "/export/segments.csv?shape=wide",
            "/export/periods/2003-Q2.xlsx", "/export/periods/2003-FY.xlsx",
        ];

        var tags = new List<string>();
        foreach (var url in urls) tags.Add((await client.GetAsync(url)).Headers.ETag!.Tag);

        tags.Should().OnlyHaveUniqueItems();
        (await client.SendAsync(Get("/api/facts?period=2003-Q2", tags[0]))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_host_gets_another_etag_because_workbooks_link_to_their_host()
    {
        var client = factory.CreateClient();
        var local = await client.GetAsync("/export/hemacare-results.xlsx");
        var request = Get("/export/hemacare-results.xlsx", local.Headers.ETag!.Tag);
        request.Headers.Host = "results.example";

        var other = await client.SendAsync(request);

        other.StatusCode.Should().Be(HttpStatusCode.OK);
        other.Headers.ETag!.Tag.Should().NotBe(local.Headers.ETag.Tag);
    }

    [Theory]
    [InlineData("/export/periods/2099-Q1.xlsx")]
    [InlineData("/api/facts?period=2099-Q1")]
    [InlineData("/export/segments.csv?shape=tall")]
    public async Task Problem_carries_no_etag_and_never_answers_304(string url)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(url);

        response.Headers.ETag.Should().BeNull();
        var star = await client.SendAsync(Get(url, "*"));
        star.StatusCode.Should().Be(response.StatusCode, "* matches only a resource that exists");
    }

    [Theory]
    [InlineData("/periods/2003-Q2")]
    [InlineData("/")]
    public async Task Pages_carry_no_etag_since_they_vary_by_theme(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag.Should().BeNull();
    }

    [Fact]
    public async Task Head_request_is_validated_like_a_get()
    {
        var client = factory.CreateClient();
        var etag = (await client.GetAsync("/export/liquidity.csv")).Headers.ETag!.Tag;
        var head = new HttpRequestMessage(HttpMethod.Head, "/export/liquidity.csv");
        head.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag));

        (await client.SendAsync(head)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }
}

/// <summary>A store rebuilt from changed data/ must invalidate every tag handed out before.</summary>
public sealed class ETagStoreChangeTests : IDisposable
{
    private readonly string _data = Faults.StoreFaultTests.CopyOfData();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task After_the_store_changes_an_old_etag_gets_the_new_content()
    {
        using var factory = new ResultsAppFactory { DataDirectory = _data };
        using var client = factory.CreateClient();
        var before = await client.GetAsync("/api/facts");
        var etag = before.Headers.ETag!.Tag;
        var q2 = Path.Combine(_data, "hemacare-2003-q2-call-script.facts.csv");
        await File.AppendAllTextAsync(q2, Faults.StoreFaultTests.ExtraRow);
        var store = factory.Services.GetRequiredService<ResultsStore>();
        store.Refresh();
        store.Problem.Should().BeNull("the added row states a figure again, which is a valid facts file");

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/facts");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag));
        var after = await client.SendAsync(request);

        after.StatusCode.Should().Be(HttpStatusCode.OK);
        after.Headers.ETag!.Tag.Should().NotBe(etag);
        (await after.Content.ReadAsStringAsync()).Should().NotBe(await before.Content.ReadAsStringAsync());
    }
}
