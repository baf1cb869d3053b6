using System.Net;
using HemaCare.Results.Store;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Pages;

public sealed class FactPageTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private const string Minus = "\u2212";

    [Fact]
    public async Task A_stated_fact_page_shows_its_quote_in_its_sentence_with_its_own_figure_highlighted()
    {
        var page = await Html.GetAsync(factory.CreateClient(), Links.Fact("fy-dso-2002-12-31"));

        page.QuerySelector("h1")!.TextContent.Should().Be("Days sales outstanding, Company, December 31, 2002");
        page.QuerySelector(".fact-value")!.TextContent.Should().Be("62 days");
        page.QuerySelector(".fact-quote .figure-own")!.TextContent.Should().Be("62");
        page.QuerySelector(".fact-quote mark.quote")!.TextContent.Should()
            .Be("days sales outstanding stood at 42 days compared with 62 days as of the end of 2002");
        page.QuerySelector(".fact-quote p")!.TextContent.Should().StartWith("A further indication of the success")
            .And.EndWith(".");
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should()
            .Contain("/sources/hemacare-2003-annual-call-script#fact-fy-dso-2002-12-31")
            .And.Contain(Links.Fact("q2-dso-2002-12-31"), "the Q2 script states the same figure")
            .And.Contain(Links.Period("2002-12-31")).And.Contain(Links.Liquidity)
            .And.Contain(Links.Api.Fact("fy-dso-2002-12-31"));
        page.QuerySelectorAll("a[href^='/checks#check-']").Should().NotBeEmpty("a restated figure is checked");
    }

    [Fact]
    public async Task A_hedged_fact_page_shows_the_hedge_and_the_range_it_implies()
    {
        var page = await Html.GetAsync(factory.CreateClient(), Links.Fact("q2-procedures-blood-services-2003-q2"));

        page.QuerySelector(".fact-value")!.TextContent.Should().Be("approximately 1,700");
        page.QuerySelector(".fact-summary")!.TextContent.Should().Contain("1,650 to 1,750");
        page.QuerySelector(".fact-quote .figure-own")!.TextContent.Should().Be("1700");
    }

    [Fact]
    public async Task A_derived_fact_page_shows_its_formula_in_words_with_every_input_linked_down_to_quotes()
    {
        var client = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var fact = snapshot.FactsById["d-revenue-blood-products-2002-fy"];

        var page = await Html.GetAsync(client, Links.Fact(fact.Id));

        page.QuerySelector(".fact-value")!.TextContent.Should().Be("$19.4M");
        page.QuerySelector(".formula")!.TextContent.Should().Be(fact.Formula)
            .And.Be("Company revenue, FY 2002 − Blood services revenue, FY 2002");
        var inputs = page.QuerySelectorAll("section .fact-links a.figure").Select(a => a.GetAttribute("href")).ToList();
        inputs.Should().Equal(fact.Inputs.Select(Links.Fact));
        foreach (var input in inputs)
        {
            var inputPage = await Html.GetAsync(client, input!);
            (inputPage.QuerySelector(".fact-quote") ?? inputPage.QuerySelector(".formula")).Should().NotBeNull(input);
        }
        page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should()
            .Contain(Links.Period("2002-FY")).And.Contain(Links.Segments);
    }

    [Fact]
    public async Task The_page_of_a_change_the_script_puts_in_words_shows_those_words_and_an_unknown_sign()
    {
        var page = await Html.GetAsync(factory.CreateClient(), Links.Fact("d-revenue-change-pct-company-2003-q2"));

        var value = page.QuerySelector(".fact-value")!;
        value.TextContent.Should().Be($"about flat ({Minus}0.3% to +0.4%)");
        value.ClassList.Should().NotContain("negative");
        var valueRow = page.QuerySelector(".fact-summary dd")!.TextContent;
        string.Join(' ', valueRow.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Should()
            .Be($"about flat ({Minus}0.3% to +0.4%) The script says “virtually unchanged”.", "the figure and the words are separate");
    }

    [Fact]
    public async Task An_unknown_fact_page_is_a_404_listing_the_periods()
    {
        var response = await factory.CreateClient().GetAsync(Links.Fact("no-such-fact"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Figure not found").And.Contain("href=\"/periods/2003-Q2\"");
    }
}
