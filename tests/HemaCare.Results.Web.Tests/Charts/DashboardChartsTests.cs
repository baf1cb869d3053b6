using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Presentation;

namespace HemaCare.Results.Web.Tests.Charts;

/// <summary>Charts take their series by metric from the table beside them, whatever order its columns are in.</summary>
public sealed class DashboardChartsTests
{
    [Theory]
    [InlineData(DashboardCharts.PeriodRevenue, Metrics.Revenue)]
    [InlineData(DashboardCharts.PeriodMargin, Metrics.GrossMarginPct)]
    public void A_period_chart_draws_its_metric_for_the_prior_year_then_the_period(string chartId, string metric)
    {
        var snapshot = RepositoryPaths.NewSnapshot();
        var period = Period.Parse("2003-Q2");
        var table = PeriodTables.Segments(snapshot, period);

        var chart = DashboardCharts.ForPeriod(snapshot, period, period.PriorYear, chartId)!;

        chart.Series.Select(s => s.Name).Should().Equal(period.PriorYear.Label, period.Label);
        chart.Series.SelectMany(s => s.Values).Should().NotBeEmpty()
            .And.OnlyContain(f => f == null || f.Metric == metric);
        chart.Series[1].Values.OfType<HemaCare.Results.Facts.Fact>().Should().OnlyContain(f => f.Period == period.Code);
        chart.Series[0].Values.OfType<HemaCare.Results.Facts.Fact>()
            .Should().OnlyContain(f => f.Period == period.PriorYear.Code);
        chart.Categories.Should().BeSubsetOf(table.Rows.Select(r => r.Label).Append("Company"));
    }

    [Fact]
    public void The_liquidity_charts_draw_cash_working_capital_and_dso()
    {
        var liquidity = StoreTables.Liquidity(RepositoryPaths.NewSnapshot());

        DashboardCharts.Cash(liquidity).Series.SelectMany(s => s.Values).OfType<HemaCare.Results.Facts.Fact>()
            .Select(f => f.Metric).Distinct().Should().BeEquivalentTo(Metrics.Cash, Metrics.WorkingCapital);
        DashboardCharts.Dso(liquidity).Series.SelectMany(s => s.Values).OfType<HemaCare.Results.Facts.Fact>()
            .Select(f => f.Metric).Distinct().Should().Equal(Metrics.DaysSalesOutstanding);
    }
}
