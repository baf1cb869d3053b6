using System.Net;
using HemaCare.Results.Web.Tests.Exports;

namespace HemaCare.Results.Web.Tests.Pages;

public sealed class SegmentFilterTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Fact]
    public async Task Length_filter_keeps_only_periods_of_that_length()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/segments?length=quarter");

        var columns = page.QuerySelectorAll("table.figures thead th").Skip(2).Select(th => th.TextContent).ToList();
        columns.Should().NotBeEmpty().And.OnlyContain(c => c.StartsWith('Q'));
        page.QuerySelectorAll("svg.chart > title").Select(t => t.TextContent)
            .Should().OnlyContain(t => t.EndsWith("quarters"));
    }

    [Fact]
    public async Task Segment_filter_keeps_the_segment_and_its_programs()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/segments?segment=blood-services");

        page.QuerySelectorAll("table.figures tbody th").Select(th => th.TextContent).Distinct()
            .Should().Equal("Blood services");
    }

    [Fact]
    public async Task Filters_are_plain_links_that_keep_the_other_filter()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/segments?length=year");

        page.QuerySelector("nav[aria-label='Segment'] a[href='/segments?length=year&segment=blood-products']")
            .Should().NotBeNull();
        page.QuerySelector("nav[aria-label='Period length'] a[aria-current='page']")!.TextContent
            .Should().Be("Full years");
        page.QuerySelector("nav[aria-label='Period length'] a[href='/segments']")!.TextContent.Should().Be("All");
    }

    [Theory]
    [InlineData("/segments?length=quarter", "/export/segments.csv?length=quarter")]
    [InlineData("/segments?length=year&segment=blood-products",
        "/export/segments.csv?length=year&segment=blood-products")]
    [InlineData("/segments", "/export/segments.csv")]
    public async Task Csv_link_follows_the_filter_and_holds_the_table_cells(string url, string csv)
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, url);

        page.QuerySelector($"a[href='{csv}']").Should().NotBeNull();
        TableCsvAssert.CsvEqualsTable(await client.GetByteArrayAsync(csv), page.QuerySelector("table.figures")!);
    }

    [Theory]
    [InlineData("/segments?length=week")]
    [InlineData("/segments?segment=Blood%20products")]
    [InlineData("/segments?segment=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/segments?length=quarter&segment=nowhere")]
    public async Task Unknown_filter_value_is_a_400_page_listing_the_choices_without_repeating_it(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.GetAsync(factory.CreateClient(), url);
        var main = page.QuerySelector("main")!.InnerHtml;
        main
            .Should().Contain("href=\"/segments?length=quarter\"")
            .And.Contain("href=\"/segments?segment=blood-services\"");
        main.Should().NotContain("week").And.NotContain("nowhere").And.NotContain("<script").And.NotContain("alert");
    }

    [Theory]
    [InlineData("/export/segments.csv?length=week")]
    [InlineData("/export/segments.csv?segment=x")]
    [InlineData("/export/charts/segment-revenue-quarter.svg?segment=x")]
    public async Task Export_with_an_unknown_filter_value_is_a_400_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
