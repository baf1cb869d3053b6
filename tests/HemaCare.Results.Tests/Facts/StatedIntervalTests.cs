using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Facts;

public class StatedIntervalTests
{
    // Per test, not static: a mutation-testing run then credits the import to every test that reads it.
    private readonly Lazy<ImportResult> _shipped = new(() => FactsImport.Run(RepositoryPaths.Source));

    [Theory]
    [InlineData(1700, 0, "approximately", 1650, 1750)]
    [InlineData(400_000, -3, "approximately", 350_000, 450_000)]
    [InlineData(272_000, -3, "approximately", 271_500, 272_500)]
    [InlineData(85_000, -3, "approximately", 84_500, 85_500)]
    [InlineData(50_000, -3, "approximately", 45_000, 55_000)]
    [InlineData(1700, 0, "about", 1650, 1750)]
    public void Approximately_treats_trailing_zeros_as_not_significant(
        int value, int decimals, string qualifier, int low, int high) =>
        StatedInterval.Of(value, decimals, qualifier).Should().Be(new Interval(low, high));

    [Fact]
    public void Over_is_a_lower_bound_within_one_unit_of_the_last_significant_digit() =>
        StatedInterval.Of(70m, 0, "over").Should().Be(new Interval(70m, 80m));

    [Theory]
    [InlineData("almost")]
    [InlineData("nearly")]
    public void Almost_and_nearly_are_an_upper_bound_within_one_unit_of_the_last_significant_digit(string qualifier) =>
        StatedInterval.Of(3_000_000m, -6, qualifier).Should().Be(new Interval(2_000_000m, 3_000_000m));

    [Fact]
    public void A_hedge_on_a_loss_bounds_its_magnitude()
    {
        StatedInterval.Of(-3_000_000m, -6, "almost").Should().Be(new Interval(-3_000_000m, -2_000_000m));
        StatedInterval.Of(-70m, 0, "over").Should().Be(new Interval(-80m, -70m));
    }

    [Theory]
    [InlineData(0, 2, 0.01)]
    [InlineData(1700, 0, 100)]
    [InlineData(5.4, 1, 0.1)]
    [InlineData(5.10, 2, 0.1)]
    [InlineData(-3_000_000, -6, 1_000_000)]
    [InlineData(272_000, -3, 1_000)]
    [InlineData(843, 0, 1)]
    public void The_significant_unit_is_the_last_nonzero_written_digit(double value, int decimals, double unit) =>
        StatedInterval.SignificantUnit((decimal)value, decimals).Should().Be((decimal)unit);

    [Theory]
    [InlineData("almost")]
    [InlineData("nearly")]
    public void Almost_nothing_is_exactly_nothing_never_below_zero(string qualifier) =>
        StatedInterval.Of(0m, 0, qualifier).Should().Be(new Interval(0m, 0m));

    [Fact]
    public void Over_nothing_is_a_small_positive_amount() =>
        StatedInterval.Of(0m, 0, "over").Should().Be(new Interval(0m, 1m));

    [Fact]
    public void Approximately_a_loss_is_centred_on_the_loss() =>
        StatedInterval.Of(-1_700m, 0, "approximately").Should().Be(new Interval(-1_750m, -1_650m));

    [Fact]
    public void Nearly_a_figure_with_a_significant_last_digit_is_one_unit_below_it() =>
        StatedInterval.Of(2.5m, 1, "nearly").Should().Be(new Interval(2.4m, 2.5m));

    [Theory]
    [InlineData(1700, 0, 1699.5, 1700.5)]
    [InlineData(272_000, -3, 271_500, 272_500)]
    [InlineData(5.4, 1, 5.35, 5.45)]
    public void A_plain_figure_keeps_xbrl_rounding_of_its_last_written_digit(
        double value, int decimals, double low, double high) =>
        StatedInterval.Of((decimal)value, decimals, "").Should().Be(new Interval((decimal)low, (decimal)high));

    [Theory]
    [InlineData("fy-valuation-allowance-charge-2003-fy-again", 2_000_000, 3_000_000)]
    [InlineData("q2-procedures-blood-services-2003-q2", 1650, 1750)]
    [InlineData("q2-donor-retention-pct-sherman-oaks-2003-q2", 70, 80)]
    [InlineData("q2-debt-reduction-2003-h1", 350_000, 450_000)]
    [InlineData("fy-non-recurring-items-2003-q4", 84_500, 85_500)]
    [InlineData("q2-net-income-2003-q2", -272_500, -271_500)]
    public void Shipped_hedged_figures_carry_their_hedged_interval(string id, int low, int high)
    {
        var fact = _shipped.Value.Facts.Single(f => f.Id == id);

        (fact.Low, fact.High).Should().Be((low, high));
        fact.Qualifier.Should().NotBeEmpty();
    }
}
