namespace HemaCare.Results.Tests.Checks;

public class IntervalTests
{
    [Fact]
    public void A_rounded_figure_stands_for_half_a_unit_either_side_of_its_last_digit()
    {
        Interval.FromRounded(5_100_000m, -5).Should().Be(new Interval(5_050_000m, 5_150_000m));
        Interval.FromRounded(5.4m, 1).Should().Be(new Interval(5.35m, 5.45m));
    }

    [Fact]
    public void Addition_and_subtraction_keep_every_possible_result()
    {
        var a = new Interval(1m, 2m);
        var b = new Interval(10m, 20m);

        (a + b).Should().Be(new Interval(11m, 22m));
        (b - a).Should().Be(new Interval(8m, 19m));
        (-a).Should().Be(new Interval(-2m, -1m));
    }

    [Fact]
    public void Multiplication_and_division_take_the_extreme_products()
    {
        var a = new Interval(-2m, 3m);
        var b = new Interval(4m, 5m);

        (a * b).Should().Be(new Interval(-10m, 15m));
        (new Interval(10m, 20m) / new Interval(2m, 5m)).Should().Be(new Interval(2m, 10m));
    }

    [Fact]
    public void Dividing_by_an_interval_that_contains_zero_throws()
    {
        FluentActions.Invoking(() => new Interval(1m, 2m) / new Interval(-1m, 1m))
            .Should().Throw<DivideByZeroException>();
    }

    [Fact]
    public void Overlap_includes_touching_ends()
    {
        new Interval(1m, 2m).Overlaps(new Interval(2m, 3m)).Should().BeTrue();
        new Interval(1m, 2m).Overlaps(new Interval(2.01m, 3m)).Should().BeFalse();
    }
}
