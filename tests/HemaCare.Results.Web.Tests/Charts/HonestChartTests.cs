using System.Globalization;
using System.Net;
using System.Xml.Linq;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Presentation;
using HemaCare.Results.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace HemaCare.Results.Web.Tests.Charts;

/// <summary>Charts that do not mislead at a glance.</summary>
public sealed class HonestChartTests(ResultsAppFactory factory) : IClassFixture<ResultsAppFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private ResultsSnapshot Snapshot => factory.Services.GetRequiredService<ResultsStore>().Current;

    public static TheoryData<string> Pages => ["/segments", "/periods/2003-Q2", "/periods/2003-FY", "/quarters/2003",
        "/periods/2003-Q2?vs=2003-Q1", "/segments?segment=blood-products", "/liquidity"];

    [Fact]
    public void Segment_charts_never_put_quarters_and_full_years_on_one_axis()
    {
        var charts = DashboardCharts.SegmentHistory(StoreTables.SegmentHistory(Snapshot), SegmentFilter.All);

        charts
            .Should().Contain(c => c.Id == "segment-revenue-quarter").And.Contain(c => c.Id == "segment-revenue-year");
        foreach (var chart in charts.Where(c => !c.IsEmpty))
        {
            var kinds = chart.Series.SelectMany(s => s.Values).OfType<HemaCare.Results.Facts.Fact>()
                .Select(f => Period.Parse(f.Period).Kind).Distinct();
            kinds.Should().ContainSingle(chart.Title);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_chart_draws_a_segment_beside_its_own_programs(string url)
    {
        var page = await Html.GetAsync(factory.CreateClient(), url);

        foreach (var svg in page.QuerySelectorAll("svg.chart"))
        {
            var titles = svg.QuerySelectorAll("path > title").Select(t => t.TextContent).ToList();
            var categories = titles.Select(t => t[..t.IndexOf(',')]).Distinct().ToList();
            var programs = categories.Where(c => Scope.FindProgram(c) is not null).ToList();
            if (programs.Count == 0) continue;
            categories.Where(c => Scope.FindProgram(c)?.IsTopLevel != true).Should()
                .BeEmpty($"{url}: only top-level programs are peers");
            categories.Should().NotContain(Scope.Segments);
        }
    }

    [Fact]
    public async Task Margin_chart_includes_the_company_and_keeps_the_segments_story_readable()
    {
        var page = await Html.GetAsync(factory.CreateClient(), "/periods/2003-Q2");
        var margin = DashboardCharts.ForPeriod(Snapshot, Period.Parse("2003-Q2"), Period.Parse("2002-Q2"),
            DashboardCharts.PeriodMargin)!;
        var programs = DashboardCharts.ForPeriod(Snapshot, Period.Parse("2003-Q2"), Period.Parse("2002-Q2"),
            DashboardCharts.PeriodProgramMargin)!;

        margin.Categories.Should().StartWith("Company");
        margin.Categories.Should().Contain(Scope.BloodProducts);
        var axis = ChartAxis.For(programs);
        axis.Span
            .Should().BeLessThanOrEqualTo(50m, "the new programs' −67% would otherwise stretch the axis past −70%");
        var cut = programs.Series.SelectMany(s => s.Values).OfType<HemaCare.Results.Facts.Fact>()
            .Where(f => axis.Cuts(f.Value)).ToList();
        cut.Should().NotBeEmpty().And.OnlyContain(f => f.Program == Scope.NewPrograms);
        var svg = await DownloadAsync("/export/periods/2003-Q2/program-margin.svg");
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        foreach (var fact in cut) texts
            .Should().Contain(t => t.StartsWith(FigureFormatter.Format(fact), StringComparison.Ordinal));
        string.Join(" ", texts).Should().Contain("Cut to keep the other bars readable");
        page.QuerySelector("a[href='/export/periods/2003-Q2/program-margin.svg']").Should().NotBeNull();
    }

    [Fact]
    public async Task Derived_bars_are_hatched_and_the_legend_says_so()
    {
        var svg = await DownloadAsync("/export/periods/2003-Q2/revenue.svg");

        var bars = svg.Descendants(Svg + "path").Where(p => p.Element(Svg + "title") is not null).ToList();
        bars.Should().Contain(b => b.Element(Svg + "title")!.Value.EndsWith("(derived)"));
        foreach (var bar in bars)
        {
            var derived = bar.Element(Svg + "title")!.Value.EndsWith("(derived)");
            bar.Attribute("fill")!.Value.StartsWith("url(#", StringComparison.Ordinal).Should().Be(derived);
        }
        svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("ᵈ derived (hatched)");
    }

    [Fact]
    public async Task A_wide_interval_is_drawn_as_a_range_and_a_narrow_one_is_not()
    {
        var renderer = factory.Services.GetRequiredService<ChartSvgRenderer>();
        var wide = Figure("wide", 4_000_000m, 3_500_000m, 4_600_000m);
        var narrow = Figure("narrow", 5_000_000m, 4_990_000m, 5_010_000m);
        var chart = ColumnChart.Create("test-ranges", "Ranges", Units.Usd, ["A", "B"],
            [new ChartSeries("2003", ColumnChart.Palette[0], [wide, narrow])]);

        var svg = XElement.Parse(await renderer.DrawAsync(chart));

        var ranges = svg.Descendants(Svg + "g").Select(g => g.Element(Svg + "title")?.Value).OfType<string>()
            .Where(t => t.StartsWith("Range of possible values", StringComparison.Ordinal)).ToList();
        ranges.Should().Equal($"Range of possible values: {FigureFormatter.Format(wide.Interval, wide.Unit)}");
        svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("range of possible values");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_bar_whose_interval_is_wide_on_its_axis_carries_a_range(string url)
    {
        var page = await Html.GetAsync(factory.CreateClient(), url);

        foreach (var svg in page.QuerySelectorAll("svg.chart"))
        {
            var bars = svg.QuerySelectorAll("path > title").Count();
            var ranges = svg.QuerySelectorAll("g > title")
                .Count(t => t.TextContent.StartsWith("Range of possible values"));
            ranges.Should().BeLessThanOrEqualTo(bars, url);
            if (ranges > 0) svg.QuerySelectorAll("text").Select(t => t.TextContent)
                .Should().Contain("range of possible values");
        }
    }

    private static HemaCare.Results.Facts.Fact Figure(string id, decimal value, decimal low, decimal high) =>
        new(id, "2003-FY", "", "", Metrics.Revenue, value, Units.Usd, -5, "", HemaCare.Results.Facts.Basis.Derived,
            null, null, null, "test", [], low, high);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_chart_names_its_source_and_uses_no_text_smaller_than_12_units_on_a_420_unit_panel(
        string url)
    {
        var page = await Html.GetAsync(factory.CreateClient(), url);

        var charts = page.QuerySelectorAll("svg.chart").ToList();
        charts.Should().NotBeEmpty(url);
        foreach (var chart in charts)
        {
            chart.GetAttribute("viewBox")!.Split(' ')[2]
                .Should().Be(ChartSvg.Width.ToString(CultureInfo.InvariantCulture));
            chart.QuerySelectorAll("text").Select(t => t.TextContent).Should()
                .Contain(t => t.StartsWith("Source", StringComparison.Ordinal) && t.Contains("HemaCare"), url);
            chart.QuerySelectorAll("[font-size]")
                .Select(e => double.Parse(e.GetAttribute("font-size")!, CultureInfo.InvariantCulture))
                .Should().OnlyContain(size => size >= 12, $"{url}: 12 units of 420 are 10 px at a phone's 356 px");
            chart.QuerySelectorAll("[style]").Should().BeEmpty("the page's CSP ignores inline styles");
        }
    }

    [Fact]
    public async Task Quarterly_net_income_chart_labels_each_bar_with_its_figure()
    {
        var svg = await DownloadAsync("/export/quarters/2003/net-income.svg");

        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        foreach (var quarter in new[] { "2003-Q1", "2003-Q2", "2003-Q3", "2003-Q4" })
        {
            var fact = Snapshot.Index.Find(quarter, HemaCare.Results.Facts.ScopeKey.Company, Metrics.NetIncome)!;
            texts.Should().Contain(t => t.StartsWith(FigureFormatter.Format(fact), StringComparison.Ordinal), quarter);
        }
    }

    private async Task<XDocument> DownloadAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
