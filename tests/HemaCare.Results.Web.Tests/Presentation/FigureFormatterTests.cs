using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;
using static HemaCare.Results.Web.Tests.Presentation.TestFacts;

namespace HemaCare.Results.Web.Tests.Presentation;

public sealed class FigureFormatterTests
{
    private const string M = "\u2212";

    [Theory]
    [InlineData(Metrics.Revenue, 5_100_000, Units.Usd, -5, "$5.1M")]
    [InlineData(Metrics.Revenue, 27_500_000, Units.Usd, -5, "$27.5M")]
    [InlineData(Metrics.Revenue, 12_000_000, Units.Usd, -6, "$12M")]
    [InlineData(Metrics.LineOfCreditAvailable, 1_550_000, Units.Usd, -3, "$1,550,000")]
    [InlineData(Metrics.NetIncome, -272_000, Units.Usd, -3, M + "$272,000")]
    [InlineData(Metrics.GAndAPctOfRevenue, 12, Units.Percent, 0, "12%")]
    [InlineData(Metrics.GrossMarginPct, 14.2, Units.Percent, 1, "14.2%")]
    [InlineData(Metrics.GrossMarginPct, -2.6, Units.Percent, 1, M + "2.6%")]
    [InlineData(Metrics.RevenueChangePct, 45, Units.Percent, 0, "+45%")]
    [InlineData(Metrics.RevenueChangePct, -16, Units.Percent, 0, M + "16%")]
    [InlineData(Metrics.RevenueChange, 586_000, Units.Usd, -3, "+$586,000")]
    [InlineData(Metrics.GrossMarginChangePp, -8.8, Units.PercentagePoints, 1, M + "8.8 pp")]
    [InlineData(Metrics.EpsBasic, -0.04, Units.UsdPerShare, 2, M + "$0.04")]
    [InlineData(Metrics.EpsBasic, 0, Units.UsdPerShare, 2, "$0.00")]
    [InlineData(Metrics.DaysSalesOutstanding, 62, Units.Days, 0, "62 days")]
    [InlineData(Metrics.Procedures, 1700, Units.Count, 0, "1,700")]
    public void A_stated_figure_shows_the_scripts_own_precision(
        string metric, double value, string unit, int decimals, string expected) =>
        FigureFormatter.Format(Stated(metric, (decimal)value, unit, decimals)).Should().Be(expected);

    [Theory]
    [InlineData(Metrics.NetIncome, -272_000, Units.Usd, -3, "approximately", "approximately " + M + "$272,000")]
    [InlineData(Metrics.Procedures, 1700, Units.Count, 0, "approximately", "approximately 1,700")]
    [InlineData(Metrics.DonorRetentionPct, 70, Units.Percent, 0, "over", "over 70%")]
    [InlineData(Metrics.ValuationAllowanceCharge, 3_000_000, Units.Usd, -6, "almost", "almost $3M")]
    [InlineData(Metrics.NonRecurringItems, 85_000, Units.Usd, -3, "about", "about $85,000")]
    public void A_hedged_figure_keeps_the_scripts_hedge_word(
        string metric, double value, string unit, int decimals, string qualifier, string expected) =>
        FigureFormatter.Format(Stated(metric, (decimal)value, unit, decimals, qualifier)).Should().Be(expected);

    [Theory]
    [InlineData(Metrics.Revenue, Units.Usd, 19_341_211.98, 19_498_401.83, "$19.4M")]
    [InlineData(Metrics.Revenue, Units.Usd, 19_927_711.98, 20_084_901.83, "$20.0M")]
    [InlineData(Metrics.GrossProfitChange, Units.Usd, -610_000.000001, -607_999.999999, M + "$609,000")]
    [InlineData(Metrics.RevenueChangePct, Units.Percent, -19.737563, -18.45249, M + "19%")]
    [InlineData(Metrics.GAndAChangePct, Units.Percent, -18.329239, -18.213058, M + "18.3%")]
    [InlineData(Metrics.GrossMarginChangePp, Units.PercentagePoints, -8.818346, -8.710106, M + "8.8 pp")]
    [InlineData(Metrics.GrossMarginPct, Units.Percent, -67.681499, -66.899766, M + "67%")]
    public void A_derived_figure_shows_only_the_digits_its_interval_supports(
        string metric, string unit, double low, double high, string expected) =>
        FigureFormatter.Format(Derived("d", metric, unit, (decimal)low, (decimal)high)).Should().Be(expected);

    [Theory]
    [InlineData(Metrics.GrossMarginChangePp, Units.PercentagePoints, -5.762925, -4.362261,
        M + "5 pp (" + M + "5.8 pp to " + M + "4.3 pp)")]
    [InlineData(Metrics.RevenueChange, Units.Usd, -626_754.18, -591_392.53,
        M + "$0.6M (" + M + "$630,000 to " + M + "$590,000)")]
    [InlineData(Metrics.NetIncome, Units.Usd, 6_999.999999, 9_000.000001, "$8,000 ($7,000 to $9,000)")]
    public void A_derived_figure_with_one_supported_digit_shows_its_range_beside(
        string metric, string unit, double low, double high, string expected) =>
        FigureFormatter.Format(Derived("d", metric, unit, (decimal)low, (decimal)high)).Should().Be(expected);

    [Fact]
    public void A_derived_figure_whose_rounding_lies_outside_its_interval_shows_its_range_beside() =>
        FigureFormatter.Format(Derived("d", Metrics.GAndAPctOfRevenue, Units.Percent, 14.2m, 14.9m))
            .Should().Be("15% (14.2% to 14.9%)");

    [Fact]
    public void A_derived_change_whose_sign_is_unknown_reads_about_flat_with_its_range() =>
        FigureFormatter.Format(Derived("d", Metrics.RevenueChangePct, Units.Percent, -0.242037m, 0.304063m))
            .Should().Be("about flat (" + M + "0.3% to +0.4%)");

    [Fact]
    public void A_derived_level_whose_sign_is_unknown_is_shown_as_its_range() =>
        FigureFormatter.Format(Derived("d", Metrics.NetIncome, Units.Usd, -16_755.72m, 21_049.68m))
            .Should().Be(M + "$20,000 to $30,000");

    [Fact]
    public void A_derived_figure_whose_leading_digit_is_unsupported_is_shown_as_its_range() =>
        FigureFormatter.Format(Derived("d", Metrics.NetIncome, Units.Usd, 1_000m, 30_000m))
            .Should().Be("$0 to $30,000");

    [Fact]
    public void A_derived_figure_of_an_exact_interval_shows_the_units_own_precision() =>
        FigureFormatter.Format(Derived("d", Metrics.EpsBasic, -0.04m, Units.UsdPerShare)).Should().Be(M + "$0.04");

    [Fact]
    public void A_stated_negative_figure_has_a_negative_sign_and_a_derived_one_of_unknown_sign_none()
    {
        FigureFormatter.SignOf(Stated(Metrics.NetIncome, -272_000m, Units.Usd, -3)).Should().Be(-1);
        FigureFormatter.SignOf(Derived("d", Metrics.RevenueChangePct, Units.Percent, -0.24m, 0.3m)).Should().Be(0);
        FigureFormatter.SignOf(Derived("d", Metrics.RevenueChangePct, Units.Percent, 0.1m, 0.3m)).Should().Be(1);
    }

    [Fact]
    public void An_interval_is_written_in_full_in_its_unit() =>
        FigureFormatter.Format(new Interval(5_050_000m, 5_150_000m), Units.Usd).Should().Be("$5,050,000 to $5,150,000");

    [Theory]
    [InlineData(-0.242037, 0.304063, "pct", "\u22120.25% to 0.31%")]
    [InlineData(-16_755.724693, 21_049.681727, "usd", "\u2212$16,756 to $21,050")]
    [InlineData(-402_000.000001, -399_999.999999, "usd", "\u2212$402,000 to \u2212$400,000")]
    [InlineData(61.5, 62.5, "days", "61.5 days to 62.5 days")]
    [InlineData(-8.317108, -8.224126, "pp", "\u22128.32 pp to \u22128.22 pp")]
    public void An_interval_written_in_full_rounds_its_ends_outward_past_solver_residue(
        double low, double high, string unit, string written) =>
        FigureFormatter.Format(new Interval((decimal)low, (decimal)high), unit).Should().Be(written);
}
