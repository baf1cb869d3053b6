using HemaCare.Results.Facts;

namespace HemaCare.Results.Web.Tests;

/// <summary>The URLs are a contract (bookmarks, analysts' scripts): each is pinned here once, as written.</summary>
public sealed class LinksTests
{
    [Fact]
    public void Page_links_are_the_published_urls()
    {
        Links.Period("2003-Q2").Should().Be("/periods/2003-Q2");
        Links.Source("hemacare-2003-q2-call-script").Should().Be("/sources/hemacare-2003-q2-call-script");
        Links.SourceHighlights("doc").Should().Be("/sources/doc/highlights.css");
        Links.Fact("revenue-2003-q2").Should().Be("/facts/revenue-2003-q2");
        Links.Theme("dark", "/periods/2003-Q2").Should().Be("/theme/dark?returnUrl=%2Fperiods%2F2003-Q2");
    }

    [Fact]
    public void A_stated_figure_links_to_its_quote_in_its_script()
    {
        var fact = new Fact("rev", "2003-Q2", "", "", "revenue", 1m, "usd", 0, "", Basis.Stated,
            "hemacare-2003-q2-call-script", "quote", null, null, [], 1m, 1m);

        Links.Quote(fact).Should().Be("/sources/hemacare-2003-q2-call-script#fact-rev");
    }

    [Fact]
    public void Export_links_are_the_published_urls()
    {
        Links.Export.Income("2003-Q2").Should().Be("/export/periods/2003-Q2/income.csv");
        Links.Export.PeriodSegments("2003-Q2").Should().Be("/export/periods/2003-Q2/segments.csv");
        Links.Export.BalanceSheet("2003-12-31").Should().Be("/export/periods/2003-12-31/balance-sheet.csv");
        Links.Export.PeriodChart("2003-Q2", "revenue").Should().Be("/export/periods/2003-Q2/revenue.svg");
        Links.Export.Chart("liquidity-dso").Should().Be("/export/charts/liquidity-dso.svg");
        Links.Export.SegmentHistory.Should().Be("/export/segments.csv");
    }
}
