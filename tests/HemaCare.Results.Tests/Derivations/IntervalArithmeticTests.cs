namespace HemaCare.Results.Tests.Derivations;

/// <summary>The decimal interval arithmetic every stated figure and check is computed with.</summary>
public class IntervalArithmeticTests
{
    [Theory]
    [InlineData(272_000, -3, 271_500, 272_500)]
    [InlineData(1700, 0, 1699.5, 1700.5)]
    [InlineData(0.05, 2, 0.045, 0.055)]
    public void A_rounded_figure_spans_half_a_unit_of_its_decimals(
        double value, int decimals, double low, double high) =>
        Interval.FromRounded((decimal)value, decimals).Should().Be(new Interval((decimal)low, (decimal)high));

    [Fact]
    public void An_exact_figure_has_no_width() => Interval.Exact(8_000m).Should().Be(new Interval(8_000m, 8_000m));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1000)]
    [InlineData(-3, 0.001)]
    [InlineData(-6, 0.000001)]
    public void Powers_of_ten_are_exact_for_either_sign(int exponent, double expected) =>
        Interval.Pow10(exponent).Should().Be((decimal)expected);

    [Fact]
    public void Overlap_holds_in_either_order_and_fails_on_either_side()
    {
        var middle = new Interval(10m, 20m);

        middle.Overlaps(new Interval(20m, 30m)).Should().BeTrue();
        middle.Overlaps(new Interval(0m, 10m)).Should().BeTrue();
        new Interval(0m, 10m).Overlaps(middle).Should().BeTrue();
        middle.Overlaps(new Interval(12m, 18m)).Should().BeTrue();
        middle.Overlaps(new Interval(0m, 9.99m)).Should().BeFalse();
        middle.Overlaps(new Interval(20.01m, 30m)).Should().BeFalse();
        new Interval(20.01m, 30m).Overlaps(middle).Should().BeFalse();
    }

    [Fact]
    public void Subtracting_an_interval_takes_its_far_ends()
    {
        (new Interval(100m, 110m) - new Interval(1m, 5m)).Should().Be(new Interval(95m, 109m));
        (-new Interval(-3m, 7m)).Should().Be(new Interval(-7m, 3m));
    }

    [Fact]
    public void Multiplying_by_a_negative_interval_swaps_the_ends()
    {
        (new Interval(2m, 3m) * new Interval(-5m, -4m)).Should().Be(new Interval(-15m, -8m));
        (new Interval(-3m, -2m) * new Interval(-5m, -4m)).Should().Be(new Interval(8m, 15m));
        (new Interval(2m, 3m) * 10m).Should().Be(new Interval(20m, 30m));
        (new Interval(2m, 3m) * -10m).Should().Be(new Interval(-30m, -20m));
    }

    [Fact]
    public void Dividing_takes_the_extreme_quotients()
    {
        (new Interval(10m, 20m) / new Interval(-5m, -2m)).Should().Be(new Interval(-10m, -2m));
        (new Interval(-20m, 10m) / new Interval(2m, 5m)).Should().Be(new Interval(-10m, 5m));
        (new Interval(10m, 20m) / 4m).Should().Be(new Interval(2.5m, 5m));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    public void Dividing_by_an_interval_that_touches_zero_throws(int low, int high) =>
        FluentActions.Invoking(() => new Interval(1m, 2m) / new Interval(low, high))
            .Should().Throw<DivideByZeroException>().WithMessage($"*({new Interval(low, high)})*");

    [Fact]
    public void An_interval_prints_without_trailing_zeros_in_invariant_culture()
    {
        new Interval(5.350m, 5_150_000.000m).ToString().Should().Be("[5.35, 5150000]");
        new Interval(-272_500m, -271_500m).ToString().Should().Be("[-272500, -271500]");
        5_100_000.000m.Normalize().ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("5100000");
    }
}
