using System.Globalization;
using System.Net;
using System.Xml.Linq;
using HemaCare.Results.Web.Presentation;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Charts;

public sealed class ChartTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> ChartDownloads =>
    [
        Links.Export.PeriodChart("2003-Q2", DashboardCharts.PeriodRevenue),
        Links.Export.PeriodChart("2003-Q2", DashboardCharts.PeriodMargin),
        Links.Export.PeriodChart("2003-FY", DashboardCharts.PeriodRevenue),
        Links.Export.Chart(DashboardCharts.SegmentRevenue + "-quarter"),
        Links.Export.Chart(DashboardCharts.LiquidityCash),
        Links.Export.Chart(DashboardCharts.LiquidityDso),
    ];

    [Theory]
    [MemberData(nameof(ChartDownloads))]
    public async Task Svg_download_carries_its_styles_as_attributes_not_theme_classes(string url)
    {
        var svg = await DownloadAsync(url);

        var elements = svg.Root!.Descendants().Where(e => !e.Ancestors(Svg + "clipPath").Any()).ToList();
        elements.Should().NotContain(e => e.Attribute("style") != null,
            "a slide has no stylesheet and the page's CSP ignores inline styles");
        elements.Should().NotContain(e => e.Attribute("class") != null,
            "theme classes would let the page's theme restyle the chart");
        elements.Attributes().Should().NotContain(a => a.Value.Contains("var("));
        elements.Where(e => e.Name == Svg + "text").Should().OnlyContain(t => t.Attribute("fill") != null);
        elements.Where(e => e.Name == Svg + "path").Should().OnlyContain(p => p.Attribute("fill") != null
            || p.Attribute("stroke") != null);
    }

    [Fact]
    public async Task Each_drawn_bar_is_titled_with_its_figure_as_the_table_shows_it()
    {
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var period = Period.Parse("2003-Q2");
        var chart = DashboardCharts.ForPeriod(snapshot, period, period.PriorYear, DashboardCharts.PeriodRevenue)!;

        var svg = await DownloadAsync("/export/periods/2003-Q2/revenue.svg");

        var expected = chart.Categories.SelectMany((category, c) => chart.Series
            .Where(s => s.Values[c] is not null)
            .Select(s => $"{category}, {s.Name}: {FigureFormatter.Format(s.Values[c]!)}"));
        BarTitles(svg).Select(t => t.Replace(" (derived)", "")).Should().BeEquivalentTo(expected);
        BarTitles(svg).Should().Contain("Blood products, Q2 2003: $5.1M");
    }

    [Fact]
    public async Task Figures_the_scripts_do_not_give_leave_a_gap_named_in_the_caption()
    {
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var period = Period.Parse("2003-Q2");
        var chart = DashboardCharts.ForPeriod(snapshot, period, Period.Parse("2003-Q1"),
            DashboardCharts.PeriodRevenue)!;
        chart.NotStated.Should().NotBeEmpty("the scripts give no segment revenue for Q1 2003");

        var svg = await DownloadAsync("/export/periods/2003-Q2/revenue.svg?vs=2003-Q1");
        var page = await Html.GetAsync(factory.CreateClient(), "/periods/2003-Q2?vs=2003-Q1");

        BarTitles(svg).Should().HaveCount(chart.Series.Sum(s => s.Values.Count(v => v is not null)));
        var caption = page.QuerySelector("figure.chart-figure figcaption")!.TextContent;
        chart.NotStated.Should().OnlyContain(missing => caption.Contains(missing));
    }

    [Fact]
    public void A_category_or_series_with_no_figures_is_left_out_of_the_chart_and_named()
    {
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var fy = Period.Parse("2003-FY");
        var q2Of2002 = Period.Parse("2002-Q2");

        var fyPrograms = DashboardCharts.ForPeriod(snapshot, fy, fy.PriorYear, DashboardCharts.PeriodProgramRevenue)!;
        var q2Chart = DashboardCharts.ForPeriod(snapshot, q2Of2002, q2Of2002.PriorYear, DashboardCharts.PeriodRevenue)!;

        fyPrograms.IsEmpty.Should().BeTrue("the scripts give FY program revenue only as changes");
        fyPrograms.NotStated.Should().Contain("FY 2003 (no figures)");
        q2Chart.Series.Select(s => s.Name).Should().Equal("Q2 2002");
        q2Chart.NotStated.Should().Contain("Q2 2001 (no figures)");
    }

    [Fact]
    public async Task Page_shows_the_same_drawing_as_the_download()
    {
        var svg = await DownloadAsync("/export/periods/2003-Q2/margin.svg");
        var page = await Html.GetAsync(factory.CreateClient(), "/periods/2003-Q2");

        var inline = page.QuerySelectorAll("figure.chart-figure svg.chart")
            .Single(s => s.QuerySelector("title")!.TextContent == svg.Root!.Element(Svg + "title")!.Value);
        inline.QuerySelectorAll("path").Select(p => p.GetAttribute("d"))
            .Should().Equal(svg.Root!.Descendants(Svg + "path").Select(p => p.Attribute("d")!.Value));
    }

    [Fact]
    public async Task Chart_with_no_figures_says_so_and_its_download_is_404()
    {
        var client = factory.CreateClient();

        var page = await Html.GetAsync(client, "/periods/2003-Q4");
        var download = await client.GetAsync("/export/periods/2003-Q4/revenue.svg");

        page.QuerySelectorAll("p.notice").Select(p => p.TextContent).Should().Contain(text =>
            text.StartsWith("No figures to chart for “Revenue by segment, Q4 2003"));
        page.QuerySelector("a[href='/export/periods/2003-Q4/revenue.svg']").Should().BeNull();
        download.StatusCode.Should().Be(HttpStatusCode.NotFound);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await download.Content.ReadAsStringAsync()).Should().Contain("No figures to chart");
    }

    [Fact]
    public async Task A_chart_is_drawn_once_per_snapshot_and_again_for_a_new_one()
    {
        var renderer = factory.Services.GetRequiredService<ChartSvgRenderer>();
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var period = Period.Parse("2003-Q2");
        var chart = DashboardCharts.ForPeriod(snapshot, period, period.PriorYear, DashboardCharts.PeriodMargin)!;
        var rebuilt = new ResultsSnapshot(snapshot.Version + "-rebuilt", snapshot.Facts, snapshot.Documents,
            snapshot.Checks);

        var first = await renderer.SvgAsync(snapshot, chart);
        var again = await renderer.SvgAsync(snapshot, chart);
        var afterRebuild = await renderer.SvgAsync(rebuilt, chart);

        again.Should().BeSameAs(first);
        afterRebuild.Should().NotBeSameAs(first).And.Be(first, "the same facts draw the same chart, with stable ids");
    }

    [Fact]
    public async Task Chart_coordinates_are_invariant_numbers_whatever_the_server_culture()
    {
        var renderer = factory.Services.GetRequiredService<ChartSvgRenderer>();
        var snapshot = factory.Services.GetRequiredService<ResultsStore>().Current;
        var period = Period.Parse("2003-Q2");
        var chart = DashboardCharts.ForPeriod(snapshot, period, period.PriorYear, DashboardCharts.PeriodRevenue)!;
        var culture = CultureInfo.CurrentCulture;
        string svg;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            svg = await renderer.DrawAsync(chart);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var numeric = new[] { "x", "y", "width", "height" };
        var unreadable = XElement.Parse(svg).DescendantsAndSelf().Attributes()
            .Where(a => numeric.Contains(a.Name.LocalName) && !double.TryParse(a.Value, NumberStyles.Float,
                CultureInfo.InvariantCulture, out var _))
            .Select(a => $"{a.Name.LocalName}=\"{a.Value}\"");
        unreadable.Should().BeEmpty();
    }

    private async Task<XDocument> DownloadAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> BarTitles(XDocument svg) =>
        [.. svg.Descendants(Svg + "path").Select(p => p.Element(Svg + "title")?.Value).OfType<string>()];
}
