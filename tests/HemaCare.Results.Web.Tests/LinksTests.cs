using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;

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

    [Fact]
    public void Page_links_with_a_comparison_or_a_filter_are_the_published_urls()
    {
        Links.Period("2003-Q2", "2003-Q1").Should().Be("/periods/2003-Q2?vs=2003-Q1");
        Links.Quarter(2003).Should().Be("/quarters/2003");
        Links.Check("sum-revenue-2003-q2").Should().Be("/checks#check-sum-revenue-2003-q2");
        Links.SegmentsFiltered(SegmentFilter.All).Should().Be("/segments");
        Links.SegmentsFiltered(new SegmentFilter(PeriodKind.Quarter, null)).Should().Be("/segments?length=quarter");
        Links.SegmentsFiltered(new SegmentFilter(null, Scope.BloodProducts))
            .Should().Be("/segments?segment=blood-products");
        Links.SegmentsFiltered(new SegmentFilter(PeriodKind.FullYear, Scope.BloodProducts))
            .Should().Be("/segments?length=year&segment=blood-products");
        Links.Api.Fact("revenue-2003-q2").Should().Be("/api/facts/revenue-2003-q2");
    }

    [Fact]
    public void Export_links_with_a_comparison_year_or_filter_are_the_published_urls()
    {
        Links.Export.Income("2003-Q2", "2003-Q1").Should().Be("/export/periods/2003-Q2/income.csv?vs=2003-Q1");
        Links.Export.PeriodSegments("2003-FY", "2002-FY").Should().Be("/export/periods/2003-FY/segments.csv?vs=2002-FY");
        Links.Export.BalanceSheet("2003-12-31", "2003-06-30")
            .Should().Be("/export/periods/2003-12-31/balance-sheet.csv?vs=2003-06-30");
        Links.Export.OtherFigures("2003-Q2").Should().Be("/export/periods/2003-Q2/other-figures.csv");
        Links.Export.Quarters(2003).Should().Be("/export/quarters/2003.csv");
        Links.Export.QuarterBalanceSheet(2003).Should().Be("/export/quarters/2003/balance-sheet.csv");
        Links.Export.QuarterChart(2003, "quarter-net-income").Should().Be("/export/quarters/2003/quarter-net-income.svg");
        Links.Export.PeriodWorkbook("2003-Q2").Should().Be("/export/periods/2003-Q2.xlsx");
        Links.Export.PeriodWorkbook("2003-Q2", "2003-Q1").Should().Be("/export/periods/2003-Q2.xlsx?vs=2003-Q1");
        Links.Export.PeriodChart("2003-Q2", "revenue", "2003-Q1").Should().Be("/export/periods/2003-Q2/revenue.svg?vs=2003-Q1");
        Links.Export.SegmentHistoryFiltered(new SegmentFilter(PeriodKind.HalfYear, Scope.BloodProducts))
            .Should().Be("/export/segments.csv?length=half&segment=blood-products");
        Links.Export.SegmentChart("segment-revenue-year", new SegmentFilter(PeriodKind.FullYear, Scope.BloodProducts))
            .Should().Be("/export/charts/segment-revenue-year.svg?segment=blood-products");
        Links.Export.SegmentChart("segment-revenue-year", SegmentFilter.All)
            .Should().Be("/export/charts/segment-revenue-year.svg");
    }

    [Theory]
    [InlineData("/export/segments.csv", "/export/segments.csv?shape=wide")]
    [InlineData("/export/segments.csv?length=year", "/export/segments.csv?length=year&shape=wide")]
    public void A_wide_csv_adds_its_shape_to_any_query(string csv, string wide) =>
        Links.Export.Wide(csv).Should().Be(wide);

    [Theory]
    [InlineData("/export/periods/2003-Q2/segments.csv", "/export/periods/2003-Q2.xlsx")]
    [InlineData("/export/periods/2003-Q2/income.csv?vs=2003-Q1", "/export/periods/2003-Q2.xlsx?vs=2003-Q1")]
    [InlineData("/export/periods/2003-Q2/income.csv?shape=wide&vs=2003-Q1", "/export/periods/2003-Q2.xlsx?vs=2003-Q1")]
    [InlineData("/export/periods/2003-Q2/income.csv?shape=wide", "/export/periods/2003-Q2.xlsx")]
    [InlineData("/export/segments.csv?length=year", "/export/hemacare-results.xlsx")]
    [InlineData("/export/quarters/2003.csv", "/export/hemacare-results.xlsx")]
    [InlineData("/export/periods/", "/export/hemacare-results.xlsx")]
    [InlineData("/export/periods//income.csv", "/export/hemacare-results.xlsx")]
    [InlineData("/export/periods/2003-Q2/income.csv?", "/export/periods/2003-Q2.xlsx")]
    [InlineData("/export/periods/2003-Q2.xlsx", "/export/hemacare-results.xlsx")]
    [InlineData("/x/export/periods/2003-Q2/income.csv", "/export/hemacare-results.xlsx")]
    public void A_table_csv_names_the_workbook_that_holds_its_table(string csv, string workbook) =>
        Links.Export.WorkbookOf(csv).Should().Be(workbook);
}
