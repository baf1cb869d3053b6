using System.Net;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Presentation;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Pages;

public sealed class PeriodPageTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    [Fact]
    public async Task Period_page_links_each_figure_to_its_own_page()
    {
        var client = factory.CreateClient();
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;

        var page = await Html.GetAsync(client, Links.Period("2003-Q2"));

        var cells = page.QuerySelectorAll("td[data-fact]").Where(td =>
            td.GetAttribute("data-fact") is { Length: > 0 }).ToList();
        cells.Should().NotBeEmpty();
        var stored = cells.Where(c =>
            !c.GetAttribute("data-fact")!.StartsWith(ChangeFigures.IdPrefix, StringComparison.Ordinal));
        foreach (var cell in stored)
        {
            var fact = snapshot.FactsById[cell.GetAttribute("data-fact")!];
            var link = cell.QuerySelector("a.figure")!;
            link.GetAttribute("href").Should().Be($"/facts/{fact.Id}");
            link.ClassList.Should().Contain(fact.Basis == Basis.Stated ? "stated" : "derived");
            if (fact.Basis == Basis.Derived)
                link.QuerySelector(".derived-mark")!.TextContent.Should().Be("ᵈ");
        }
        page.Title.Should().Contain("Q2 2003").And.Contain("Period view");
    }

    [Fact]
    public async Task Period_page_nests_programs_under_their_segment()
    {
        var page = await Html.GetAsync(factory.CreateClient(), Links.Period("2003-FY"));

        var rows = page.QuerySelectorAll("table.figures tbody tr").Select(r => (r.QuerySelector("th")!.TextContent,
            r.ClassName)).ToList();
        var mature = rows.FindIndex(r => r.TextContent == "Mature blood management programs");
        var shermanOaks = rows.FindIndex(r => r.TextContent == "Sherman Oaks donor center");
        shermanOaks.Should().Be(mature + 1);
        rows[shermanOaks].ClassName.Should().Be("depth-2");
    }

    [Fact]
    public async Task Unknown_period_page_returns_404_listing_the_periods()
    {
        var response = await factory.CreateClient().GetAsync(Links.Period("2099-Q9"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("href=\"/periods/2003-Q2\"").And.Contain("href=\"/periods/2003-FY\"");
    }

    [Fact]
    public async Task Period_without_prior_year_figures_says_what_is_missing()
    {
        var page = await Html.GetAsync(factory.CreateClient(), Links.Period("2002-Q2"));

        page.QuerySelector(".notice")!.TextContent.Should().Contain("no figures for Q2 2001");
        page.QuerySelectorAll("td[data-fact]").Should().Contain(td => td.GetAttribute("data-fact")!.Length > 0);
    }

    [Fact]
    public async Task Balance_sheet_date_view_shows_its_balance_sheet_not_an_empty_income_summary()
    {
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;

        var page = await Html.GetAsync(factory.CreateClient(), Links.Period("2003-12-31"));

        page.QuerySelectorAll("h2").Select(h => h.TextContent).Should()
            .Equal("Balance sheet", "Other figures stated for December 31, 2003");
        page.QuerySelector("table.figures caption")!.TextContent.Should()
            .Be("Balance sheet, December 31, 2003 against December 31, 2002");
        var shown = page.QuerySelectorAll("td[data-fact]").Select(td => td.GetAttribute("data-fact"))
            .OfType<string>()
            .Where(id => id.Length > 0 && !id.StartsWith(ChangeFigures.IdPrefix, StringComparison.Ordinal)).ToList();
        shown.Select(id => snapshot.FactsById[id].Metric).Should().Contain(["cash", "working_capital",
            "days_sales_outstanding", "cash_change"]);
        shown.Select(id => snapshot.FactsById[id].Period).Should().OnlyContain(p => p == "2003-12-31"
            || p == "2002-12-31");
        page.QuerySelector("a[href='/export/periods/2003-12-31/balance-sheet.csv']").Should().NotBeNull();
    }

    [Fact]
    public async Task Each_view_renders_its_tables_with_captions_and_header_scopes()
    {
        var client = factory.CreateClient();
        foreach (var url in new[] { "/periods", "/periods/2003-Q4", "/segments", "/liquidity", "/checks", "/sources" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        }
        foreach (var url in new[] { "/periods/2003-Q4", "/segments", "/liquidity", "/checks" })
        {
            var page = await Html.GetAsync(client, url);
            var tables = page.QuerySelectorAll("table");
            tables.Should().NotBeEmpty(url);
            tables.Should().OnlyContain(t => t.QuerySelector("caption") != null, url);
            page.QuerySelectorAll("th").Should().OnlyContain(th => th.HasAttribute("scope"), url);
            page.QuerySelectorAll("script").Should().BeEmpty(url);
        }
    }

    [Fact]
    public async Task Each_chart_has_an_accessible_name_and_a_download()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/liquidity");

        var charts = page.QuerySelectorAll("figure.chart-figure");
        charts.Should().HaveCount(2);
        foreach (var chart in charts)
        {
            var svg = chart.QuerySelector("svg")!;
            svg.GetAttribute("role").Should().Be("img");
            page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent.Should().NotBeEmpty();
            chart.QuerySelector("a[href$='.svg']").Should().NotBeNull();
        }
    }
}
