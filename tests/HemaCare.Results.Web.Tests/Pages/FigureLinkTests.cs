using System.Net;
using AngleSharp.Dom;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Presentation;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Pages;

/// <summary>
/// Every figure on every page is a link to its own /facts/{id} page, and every stated figure is on a page.
/// </summary>
public sealed class FigureLinkTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    /// <summary>The views a reader browses; sources and checks list figures, these present them.</summary>
    private static readonly string[] Views =
    [
        "/", "/periods/2003-Q2", "/periods/2003-Q4", "/periods/2003-FY", "/periods/2003-12-31", "/segments",
        "/liquidity",
    ];

    [Theory]
    [InlineData("/")]
    [InlineData("/periods/2003-Q2")]
    [InlineData("/periods/2003-Q4")]
    [InlineData("/periods/2003-FY")]
    [InlineData("/periods/2003-12-31")]
    [InlineData("/segments")]
    [InlineData("/liquidity")]
    [InlineData("/checks")]
    [InlineData("/sources/hemacare-2003-q2-call-script")]
    [InlineData("/sources/hemacare-2003-annual-call-script")]
    public async Task Every_figure_on_the_page_links_to_its_own_fact_page_which_answers_200(string url)
    {
        var client = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var page = await Html.GetAsync(client, url);

        var figures = page.QuerySelectorAll(".figure:not(.missing), mark.figure-mark").ToList();
        figures.Should().NotBeEmpty();
        var unlinked = figures.Where(f => LinkOf(f) is null).Select(f => f.OuterHtml).ToList();
        unlinked.Should().BeEmpty("every figure is a real <a href> to its page");
        foreach (var href in figures.Select(LinkOf).OfType<string>().Distinct())
        {
            href.Should().StartWith("/facts/");
            FactPages.Find(snapshot, href["/facts/".Length..]).Should().NotBeNull(href);
            (await client.GetAsync(href)).StatusCode.Should().Be(HttpStatusCode.OK, href);
        }
    }

    [Fact]
    public async Task Every_stated_fact_is_linked_from_a_view_or_from_the_page_of_the_figure_it_restates()
    {
        var client = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var urls = Views.Concat(snapshot.Periods.Select(p => Links.Period(p.Code))).Distinct();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in urls) linked.UnionWith(FactLinks(await Html.GetAsync(client, url)));

        var restatements = snapshot.Facts.Where(f => f.Basis == Basis.Stated && !linked.Contains(f.Id)).ToList();
        foreach (var restatement in restatements)
        {
            var primary = snapshot.Index.Find(restatement.Period, restatement.Segment, restatement.Program,
                restatement.Metric)!;
            linked.Should().Contain(primary.Id, $"{restatement.Id} restates a figure shown on a view");
            var page = await Html.GetAsync(client, Links.Fact(primary.Id));
            FactLinks(page).Should().Contain(restatement.Id, $"the page of {primary.Id} lists its other statements");
        }
        restatements.Count.Should().BeLessThan(10, "only figures stated twice are reached through another's page");
    }

    [Fact]
    public async Task The_pages_a_fact_page_lists_are_exactly_the_views_that_link_to_it()
    {
        var client = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var pages = Views.Concat(snapshot.Periods.Select(p => Links.Period(p.Code))).Append(Links.Checks).Distinct();

        foreach (var url in pages)
        {
            var linked = FactLinks(await Html.GetAsync(client, url)).ToHashSet();
            var listed = snapshot.Facts.Where(f => FigurePages.Showing(snapshot, f.Id).Any(p => p.Url == url))
                .Select(f => f.Id);
            // A change the view computes (not a fact of the store) lists the same page.
            var computed = linked.Where(id => id.StartsWith(ChangeFigures.IdPrefix, StringComparison.Ordinal)).ToList();
            linked.Except(computed).Should().BeEquivalentTo(listed, url);
            foreach (var id in computed)
                FigurePages.Showing(snapshot, id).Select(p => p.Url).Should().Contain(url, id);
        }
    }

    private static string? LinkOf(IElement figure) =>
        (figure.LocalName == "a" ? figure : figure.QuerySelector("a[href]"))?.GetAttribute("href");

    private static IEnumerable<string> FactLinks(IDocument page) =>
        page.QuerySelectorAll("main a[href^='/facts/']").Select(a => a.GetAttribute("href")!["/facts/".Length..]);
}
