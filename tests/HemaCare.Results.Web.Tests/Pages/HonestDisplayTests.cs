namespace HemaCare.Results.Web.Tests.Pages;

/// <summary>
/// What an investor-relations reader says aloud from the views: no digit the scripts do not support, the script's
/// own precision and words, and no colour for a change whose sign is unknown.
/// </summary>
public sealed class HonestDisplayTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private const string Minus = "\u2212";

    [Theory]
    [InlineData("2003-Q2", "d-revenue-change-pct-company-2003-q2", "about flat (" + Minus + "0.3% to +0.4%)")]
    [InlineData("2003-Q2", "d-revenue-change-pct-mature-blood-management-programs-2003-q2", Minus + "19%")]
    [InlineData("2003-Q2", "d-gross-margin-change-pp-blood-services-2003-q2",
        Minus + "5 pp (" + Minus + "5.8 pp to " + Minus + "4.3 pp)")]
    [InlineData("2003-Q2", "q2-g-and-a-pct-of-revenue-2003-q2", "12%")]
    [InlineData("2003-Q2", "q2-revenue-change-pct-california-mobile-2003-q2", "+45%")]
    [InlineData("2003-Q2", "q2-net-income-2003-q2-again", Minus + "$272,000")]
    [InlineData("2003-Q2", "q2-procedures-blood-services-2003-q2", "approximately 1,700")]
    [InlineData("2003-FY", "d-revenue-blood-products-2003-fy", "$20.0M")]
    [InlineData("2003-FY", "d-revenue-blood-products-2002-fy", "$19.4M")]
    [InlineData("2003-Q4", "fy-eps-basic-2003-q4", "$0.04")]
    [InlineData("2003-12-31", "fy-dso-2003-12-31", "42 days")]
    public async Task A_period_view_shows_each_figure_as_precisely_as_the_scripts_support(
        string period, string factId, string expected)
    {
        var page = await Html.GetAsync(factory.CreateClient(), Links.Period(period));

        var figure = page.QuerySelector($"a.figure[href='/facts/{factId}']");
        figure.Should().NotBeNull(factId);
        figure!.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement).Select(n => n.TextContent)
            .Aggregate("", string.Concat).Should().Be(expected);
    }

    [Fact]
    public async Task Q2_2003_revenue_change_carries_the_scripts_words_and_no_red()
    {
        var page = await Html.GetAsync(factory.CreateClient(), Links.Period("2003-Q2"));

        var cell = page.QuerySelector("td[data-fact='d-revenue-change-pct-company-2003-q2']")!;
        cell.QuerySelector(".script-words")!.TextContent.Should().Be("script: “virtually unchanged”");
        cell.QuerySelector("a.figure")!.ClassList.Should().NotContain("negative");
    }

    [Fact]
    public async Task A_period_view_lists_the_other_figures_stated_for_it()
    {
        var page = await Html.GetAsync(factory.CreateClient(), Links.Period("2003-FY"));

        var other = page.QuerySelector("section[aria-labelledby='other-heading']")!;
        var links = other.QuerySelectorAll("a.figure").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Contain(Links.Fact("fy-valuation-allowance-charge-2003-fy"))
            .And.Contain(Links.Fact("fy-closure-losses-2003-fy"))
            .And.Contain(Links.Fact("fy-product-sales-volume-change-pct-california-mobile-2003-fy"))
            .And.NotContain(Links.Fact("fy-revenue-2003-fy"), "the income summary already shows it")
            .And.NotContain(Links.Fact("fy-revenue-change-blood-products-2003-fy"),
                "the segment table shows the dollar change in its own column");
    }
}
