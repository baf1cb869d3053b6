using HemaCare.Results.Derivations;

namespace HemaCare.Results.Tests.Derivations;

/// <summary>The double intervals propagation works in: outward rounding, infinities, back to decimals.</summary>
public class BoundsTests
{
    [Fact]
    public void A_bounds_is_empty_only_when_its_ends_cross()
    {
        new Bounds(2, 1).IsEmpty.Should().BeTrue();
        new Bounds(1, 1).IsEmpty.Should().BeFalse();
        new Bounds(1, 2).Intersect(new Bounds(3, 4)).IsEmpty.Should().BeTrue();
        new Bounds(1, 3).Intersect(new Bounds(2, 4)).Should().Be(new Bounds(2, 3));
    }

    [Fact]
    public void Finiteness_width_and_membership_follow_the_ends()
    {
        new Bounds(1, 4).IsFinite.Should().BeTrue();
        new Bounds(1, double.PositiveInfinity).IsFinite.Should().BeFalse();
        new Bounds(double.NegativeInfinity, 1).IsFinite.Should().BeFalse();
        new Bounds(1, 4).Width.Should().Be(3);
        new Bounds(1, 4).Contains(1).Should().BeTrue();
        new Bounds(1, 4).Contains(4).Should().BeTrue();
        new Bounds(1, 4).Contains(0.5).Should().BeFalse();
        new Bounds(1, 4).Contains(4.5).Should().BeFalse();
    }

    [Fact]
    public void A_decimal_interval_becomes_the_doubles_just_around_it()
    {
        var bounds = Bounds.Of(new Interval(0.1m, 0.3m));

        bounds.Low.Should().Be(Math.BitDecrement(0.1));
        bounds.High.Should().Be(Math.BitIncrement(0.3));
    }

    [Fact]
    public void Every_operation_rounds_outward_by_one_step()
    {
        var one = new Bounds(1, 1);

        (one + one).Should().Be(new Bounds(Math.BitDecrement(2.0), Math.BitIncrement(2.0)));
        (new Bounds(5, 7) - new Bounds(1, 2)).Should().Be(new Bounds(Math.BitDecrement(3.0), Math.BitIncrement(6.0)));
        (new Bounds(2, 3) * new Bounds(-5, -4)).Should()
            .Be(new Bounds(Math.BitDecrement(-15.0), Math.BitIncrement(-8.0)));
        (new Bounds(2, 3) + 1).Should().Be(new Bounds(Math.BitDecrement(3.0), Math.BitIncrement(4.0)));
        (new Bounds(2, 3) - 1).Should().Be(new Bounds(Math.BitDecrement(1.0), Math.BitIncrement(2.0)));
        (new Bounds(2, 3) * 2).Should().Be(new Bounds(Math.BitDecrement(4.0), Math.BitIncrement(6.0)));
    }

    [Fact]
    public void Division_holds_the_true_quotient_for_either_sign_of_divisor()
    {
        var positive = new Bounds(10, 20) / new Bounds(2, 5);
        var negative = new Bounds(10, 20) / new Bounds(-5, -2);
        var byScalar = new Bounds(10, 20) / 4;

        positive.Low.Should().BeLessThanOrEqualTo(2).And.BeApproximately(2, 1e-12);
        positive.High.Should().BeGreaterThanOrEqualTo(10).And.BeApproximately(10, 1e-12);
        negative.Low.Should().BeLessThanOrEqualTo(-10).And.BeApproximately(-10, 1e-12);
        negative.High.Should().BeGreaterThanOrEqualTo(-2).And.BeApproximately(-2, 1e-12);
        byScalar.Low.Should().BeLessThanOrEqualTo(2.5).And.BeApproximately(2.5, 1e-12);
        byScalar.High.Should().BeGreaterThanOrEqualTo(5).And.BeApproximately(5, 1e-12);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    public void A_divisor_that_touches_zero_makes_the_quotient_unbounded(double low, double high) =>
        (new Bounds(1, 2) / new Bounds(low, high)).Should().Be(Bounds.Unbounded);

    [Fact]
    public void Infinite_ends_stay_infinite_and_a_zero_factor_stays_zero()
    {
        var halfOpen = new Bounds(1, double.PositiveInfinity);

        (halfOpen + new Bounds(1, 2)).Should().Be(new Bounds(Math.BitDecrement(2.0), double.PositiveInfinity));
        (new Bounds(double.NegativeInfinity, 1) - new Bounds(1, 2)).High.Should().Be(Math.BitIncrement(0.0));
        (new Bounds(double.NegativeInfinity, 1) - new Bounds(1, 2)).Low.Should().Be(double.NegativeInfinity);
        (Bounds.Unbounded * new Bounds(0, 0)).Should().Be(new Bounds(Math.BitDecrement(0.0), Math.BitIncrement(0.0)));
        (new Bounds(0, 0) * Bounds.Unbounded).Low.Should().BeLessThan(0).And.BeGreaterThan(-1e-300);
    }

    [Fact]
    public void Dividing_by_a_half_open_divisor_reaches_zero_at_its_infinite_end()
    {
        var quotient = new Bounds(1, 2) / new Bounds(1, double.PositiveInfinity);

        quotient.Low.Should().BeLessThan(0).And.BeGreaterThan(-1e-300);
        quotient.High.Should().BeGreaterThanOrEqualTo(2).And.BeApproximately(2, 1e-12);
    }

    [Fact]
    public void Back_to_decimals_the_interval_rounds_outward_to_six_places()
    {
        new Bounds(1.5, 2.5).ToInterval().Should().Be(new Interval(1.499999m, 2.500001m));
        new Bounds(-2.5, -1.5).ToInterval().Should().Be(new Interval(-2.500001m, -1.499999m));
        new Bounds(19_340_000.1234567, 19_500_000.7654321).ToInterval()
            .Should().Be(new Interval(19_340_000.123456m, 19_500_000.765433m));
    }

    [Theory]
    [InlineData(0, 2e15)]
    [InlineData(-2e15, 0)]
    [InlineData(0, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 0)]
    public void An_infinite_or_huge_end_has_no_decimal_interval(double low, double high) =>
        new Bounds(low, high).ToInterval().Should().BeNull();

    [Fact]
    public void The_largest_end_that_converts_is_a_thousand_trillion()
    {
        var converted = new Bounds(-1e15, 1e15).ToInterval()!.Value;

        converted.Low.Should().BeLessThanOrEqualTo(-1e15m).And.BeGreaterThan(-1.0001e15m);
        converted.High.Should().BeGreaterThanOrEqualTo(1e15m).And.BeLessThan(1.0001e15m);
    }

    [Fact]
    public void Bounds_print_in_invariant_culture() => new Bounds(-1.5, 2.25).ToString().Should().Be("[-1.5, 2.25]");
}
