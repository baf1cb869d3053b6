using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;
using static HemaCare.Results.Web.Tests.Presentation.TestFacts;

namespace HemaCare.Results.Web.Tests.Presentation;

public sealed class FigureFormatterTests
{
    [Fact]
    public void Millions_stated_to_a_hundred_thousand_keep_one_decimal() =>
        FigureFormatter.Format(Stated(Metrics.Revenue, 5_100_000m, Units.Usd, -5)).Should().Be("$5.1M");

    [Fact]
    public void Millions_stated_to_the_million_have_no_decimals() =>
        FigureFormatter.Format(Stated(Metrics.Revenue, 12_000_000m, Units.Usd, -6)).Should().Be("$12M");

    [Fact]
    public void A_loss_in_thousands_is_written_in_full_with_a_true_minus_sign() =>
        FigureFormatter.Format(Stated(Metrics.NetIncome, -272_000m, Units.Usd, -3)).Should().Be("\u2212$272,000");

    [Fact]
    public void Money_is_rounded_to_its_stated_decimals() =>
        FigureFormatter.Format(Stated(Metrics.GrossProfit, 1_234_567m, Units.Usd, -3)).Should().Be("$1,235,000");

    [Fact]
    public void A_percentage_has_one_decimal() =>
        FigureFormatter.Format(Stated(Metrics.GrossMarginPct, 5.4m, Units.Percent, 1)).Should().Be("5.4%");

    [Fact]
    public void A_change_carries_its_sign() =>
        FigureFormatter.Format(Stated(Metrics.RevenueChangePct, 10m, Units.Percent, 0)).Should().Be("+10.0%");

    [Fact]
    public void A_change_of_a_percentage_is_in_percentage_points() =>
        FigureFormatter.Format(Stated(Metrics.GrossMarginChangePp, -8.8m, Units.PercentagePoints,
            1)).Should().Be("\u22128.8 pp");

    [Fact]
    public void Per_share_amounts_have_cents() =>
        FigureFormatter.Format(Stated(Metrics.EpsBasic, -0.03m, Units.UsdPerShare, 2)).Should().Be("\u2212$0.03");

    [Fact]
    public void Days_are_whole() =>
        FigureFormatter.Format(Stated(Metrics.DaysSalesOutstanding, 60m, Units.Days, 0)).Should().Be("60 days");

    [Theory]
    [InlineData("approximately", "approx. $5.1M")]
    [InlineData("about", "approx. $5.1M")]
    [InlineData("over", "over $5.1M")]
    public void A_hedged_figure_keeps_the_scripts_hedge(string qualifier, string expected) =>
        FigureFormatter.Format(Stated(Metrics.Revenue, 5_100_000m, Units.Usd, -5, qualifier)).Should().Be(expected);

    [Fact]
    public void An_interval_is_written_in_full_in_its_unit() =>
        FigureFormatter.Format(new Interval(5_050_000m, 5_150_000m), Units.Usd).Should().Be("$5,050,000 to $5,150,000");
}
