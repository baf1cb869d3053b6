using System.Net;
using System.Xml.Linq;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Web.Presentation;
using HemaCare.Results.Web.Tests.Exports;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Pages;

public sealed class QuarterPageTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private ResultsSnapshot Snapshot => factory.Services.GetRequiredService<ResultsStore>().Current;

    [Fact]
    public async Task Quarter_page_lays_the_year_out_in_quarters_half_year_and_full_year()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/quarters/2003");

        var table = page.QuerySelectorAll("table.figures")[0];
        table.QuerySelectorAll("thead th").Select(th => th.TextContent).Should()
            .Equal("Figure", "Q1 2003", "Q2 2003", "H1 2003", "Q3 2003", "Q4 2003", "FY 2003");
        table.QuerySelectorAll("tbody th").Select(th => th.TextContent).Should().ContainInOrder(
            "Revenue", "Gross profit", "Gross margin", "General and administrative", "Net income (loss)", "EPS, basic",
            "Blood products revenue", "Blood products gross profit",
            "Blood services revenue", "Blood services gross profit");
        page.QuerySelectorAll("h2").Select(h => h.TextContent).Should().Contain("Balance sheet at each quarter end");
        page.QuerySelectorAll("table.figures caption").Select(c => c.TextContent)
            .Should().Contain("Balance sheet at each quarter end of 2003");
    }

    [Fact]
    public async Task Net_income_row_holds_each_quarter_from_the_store_with_derived_quarters_marked()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/quarters/2003");

        var row = page.QuerySelectorAll("table.figures")[0].QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "Net income (loss)");
        var facts = row.QuerySelectorAll("td").Select(td => Snapshot.FactsById[td.GetAttribute("data-fact")!]).ToList();

        facts.Select(f => f.Value).Should().Equal(8_000m, -272_000m, -264_000m, -4_679_000m, 264_000m, -4_679_000m);
        facts.Select(f => f.Period).Should().Equal("2003-Q1", "2003-Q2", "2003-H1", "2003-Q3", "2003-Q4", "2003-FY");
        facts[0].Basis.Should().Be(Basis.Derived, "Q1 is H1 less Q2");
        facts[3].Basis.Should().Be(Basis.Derived, "Q3 is the year less H1 and Q4");
        row.QuerySelectorAll("td")[0].QuerySelector(".derived-mark").Should().NotBeNull();
        row.QuerySelectorAll("td")[1].QuerySelector(".derived-mark").Should().BeNull();
    }

    [Fact]
    public async Task Each_empty_cell_gives_its_reason_in_a_hover_and_in_the_numbered_note_it_links_to()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/quarters/2003");

        var gaps = page.QuerySelectorAll("table.figures")[0].QuerySelectorAll("a.gap").ToList();
        gaps.Should().NotBeEmpty();
        foreach (var gap in gaps)
        {
            gap.TextContent.Should().StartWith("—");
            var note = page.GetElementById(gap.GetAttribute("href")!.TrimStart('#'));
            note.Should().NotBeNull();
            note!.TextContent.Should().Be(gap.GetAttribute("title"));
        }
        var q1Revenue = page.QuerySelectorAll("table.figures")[0].QuerySelector("tbody tr td a.gap")!
            .GetAttribute("title");
        q1Revenue.Should().StartWith("Q1 2003 revenue is not stated and cannot be derived")
            .And.Contain("H1 2003 revenue is not stated (Q1 = H1 − Q2)");
    }

    [Fact]
    public void Every_gap_stands_for_a_figure_the_store_lacks_and_names_only_missing_inputs()
    {
        var table = QuarterTables.Income(Snapshot, 2003);

        table.MissingNotes.Should().NotBeEmpty();
        foreach (var (_, _, gap) in table.MissingNotes)
            Snapshot.Index.Find(gap.Period, gap.Scope, gap.Metric).Should().BeNull(gap.Reason);
        CellGap CompanyRevenue(string period) => table.MissingNotes
            .Single(n => n.Gap.Period == period && n.Gap.Metric == "revenue" && n.Gap.Scope.Segment == "").Gap;
        var q1 = CompanyRevenue("2003-Q1");
        q1.Reason.Should().NotContain("Q2 2003 revenue", "the store states Q2 2003 revenue");
        var q3 = CompanyRevenue("2003-Q3");
        q3.Reason
            .Should().Contain("H1 2003 and Q4 2003 revenue are not stated (Q3 = FY − H1 − Q4)",
                "FY 2003 revenue is stated");
    }

    [Fact]
    public async Task Quarter_csv_has_one_record_per_cell_equal_to_the_table()
    {
        var client = factory.CreateClient();
        var page = await Html.GetAsync(client, "/quarters/2003");
        var tables = page.QuerySelectorAll("table.figures");

        TableCsvAssert.CsvEqualsTable(await client.GetByteArrayAsync("/export/quarters/2003.csv"), tables[0]);
        TableCsvAssert.CsvEqualsTable(
            await client.GetByteArrayAsync("/export/quarters/2003/balance-sheet.csv"), tables[1]);
        TableCsvAssert.CsvEqualsTable(await client.GetByteArrayAsync("/export/quarters/2002.csv"), tables[2]);
        page.QuerySelector("a[href='/export/quarters/2003.csv']").Should().NotBeNull();
        page.QuerySelector("a[href='/export/quarters/2003/balance-sheet.csv']").Should().NotBeNull();
    }

    [Fact]
    public async Task Quarterly_net_income_chart_draws_the_four_quarters_from_the_store()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/export/quarters/2003/net-income.svg");
        var page = await Html.GetAsync(client, "/quarters/2003");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var titles = svg.Descendants(Svg + "path").Select(p => p.Element(Svg + "title")?.Value)
            .OfType<string>().ToList();
        var quarters = new[] { "2003-Q1", "2003-Q2", "2003-Q3", "2003-Q4" }
            .Select(q => Snapshot.Index.Find(q, ScopeKey.Company, "net_income")!).ToList();
        quarters.Select(f => f.Value).Should().Equal(8_000m, -272_000m, -4_679_000m, 264_000m);
        titles.Should().HaveCount(4);
        titles.Select((t, i) => t.Contains(FigureFormatter.Format(quarters[i]))).Should().AllBeEquivalentTo(true);
        page.QuerySelector("a[href='/export/quarters/2003/net-income.svg']").Should().NotBeNull();
    }

    [Fact]
    public async Task Quarters_without_a_year_opens_the_latest_and_the_header_links_to_it()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/quarters");

        page.QuerySelector("h1")!.TextContent.Should().Be("2003 quarter by quarter");
        page.QuerySelector("nav[aria-label='Main'] a[href='/quarters']")!.TextContent.Should().Be("Quarters");
        page.QuerySelector("nav[aria-label='Main'] a[href='/quarters']")!.GetAttribute("aria-current")
            .Should().Be("page");
    }

    [Theory]
    [InlineData("/quarters/2001")]
    [InlineData("/quarters/abcd")]
    [InlineData("/quarters/20031")]
    [InlineData("/quarters/%3Cb%3E")]
    public async Task Unknown_year_is_a_404_page_listing_the_years_without_repeating_the_input(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var page = await Html.GetAsync(factory.CreateClient(), url);
        var main = page.QuerySelector("main")!.InnerHtml;
        main.Should().Contain("href=\"/quarters/2003\"").And.Contain("href=\"/quarters/2002\"");
        main.Should().NotContain("abcd").And.NotContain("20031").And.NotContain("&lt;b").And.NotContain("<b>");
    }

    [Theory]
    [InlineData("/export/quarters/2001.csv")]
    [InlineData("/export/quarters/abcd/balance-sheet.csv")]
    [InlineData("/export/quarters/2001/net-income.svg")]
    [InlineData("/export/quarters/2003/nothing.svg")]
    public async Task Quarter_export_of_unknown_year_or_chart_is_a_404_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
