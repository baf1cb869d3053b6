using HemaCare.Results.Facts;
using HemaCare.Results.Web.Charts;
using HemaCare.Results.Web.Tests.Presentation;

namespace HemaCare.Results.Web.Tests.Charts;

/// <summary>The value axis a reader measures every bar against.</summary>
public sealed class ChartAxisTests
{
    private static Fact Figure(decimal value) => TestFacts.Stated("revenue", value, "usd", 1);

    private static ColumnChart Chart(params decimal[] values) => Chart(false, [.. values.Select(v => (Fact?)Figure(v))]);

    private static ColumnChart Chart(bool clipOutliers, IReadOnlyList<Fact?> values, IReadOnlyList<Fact?>? second = null)
    {
        var categories = values.Select((_, i) => $"Category {i}").ToList();
        List<ChartSeries> series = [new("2003", "#1d5fa6", values)];
        if (second is not null) series.Add(new("2002", "#b4580e", second));
        return ColumnChart.Create("c", "Chart", "usd", categories, series) with { ClipOutliers = clipOutliers };
    }

    private static void ShouldBe(ChartAxis axis, decimal min, decimal max, decimal step) =>
        (axis.Min, axis.Max, axis.Step).Should().Be((min, max, step));

    [Fact]
    public void Positive_bars_start_at_zero_with_room_above_the_tallest_for_its_label() =>
        // 6.9M plus 12% label room is 7.728M; a fifth of that rounds up to a 2M step.
        ShouldBe(ChartAxis.For(Chart(6_900_000m, 5_100_000m)), 0m, 8_000_000m, 2_000_000m);

    [Fact]
    public void Negative_bars_end_at_zero_with_room_below_the_deepest() =>
        // -4.679M less 12% of the span is -5.24M; a fifth of that rounds up to a 2M step.
        ShouldBe(ChartAxis.For(Chart(-4_679_000m, -1_000_000m)), -6_000_000m, 0m, 2_000_000m);

    [Fact]
    public void Bars_either_side_of_zero_get_label_room_on_both_sides() =>
        // 5.7 and -2.6 span 8.3; 12% of it each side makes -3.596 to 6.696, stepped by 2.5.
        ShouldBe(ChartAxis.For(Chart(5.7m, -2.6m)), -5m, 7.5m, 2.5m);

    [Fact]
    public void An_all_zero_chart_still_has_a_unit_axis_whose_exact_fifth_is_its_step() =>
        ShouldBe(ChartAxis.For(Chart(0m, 0m)), 0m, 1m, 0.2m);

    [Fact]
    public void Steps_are_one_two_two_and_a_half_or_five_times_a_power_of_ten() =>
        // 10 plus 12% label room is 11.2; a fifth of that, 2.24, rounds up to 2.5.
        ShouldBe(ChartAxis.For(Chart(10m)), 0m, 12.5m, 2.5m);

    [Fact]
    public void A_wide_interval_stretches_the_axis_to_its_ends()
    {
        var range = Figure(5m) with { Low = -2m, High = 12m };

        ShouldBe(ChartAxis.For(Chart(false, [range])), -5m, 15m, 5m);
    }

    [Fact]
    public void A_category_far_larger_than_the_rest_is_cut_when_the_chart_clips_outliers()
    {
        // The new programs' -67% margin beside three programs of a few percent.
        var chart = Chart(true, [Figure(-67m), Figure(5.7m), Figure(-2.6m), Figure(3m)]);

        var axis = ChartAxis.For(chart);

        // The kept bars' -3.596 to 6.696, extended below by 30% of their 8.3 span for the break: -6.086.
        ShouldBe(axis, -10m, 10m, 5m);
        axis.Cuts(-67m).Should().BeTrue();
        axis.Cuts(5.7m).Should().BeFalse();
    }

    [Fact]
    public void A_tall_outlier_is_cut_at_the_top()
    {
        var axis = ChartAxis.For(Chart(true, [Figure(67m), Figure(5.7m), Figure(2.6m), Figure(3m)]));

        // 0 to 6.384 with label room, then 30% of the kept 5.7 span above for the break: 8.094.
        ShouldBe(axis, 0m, 10m, 2m);
        axis.Cuts(67m).Should().BeTrue();
    }

    [Fact]
    public void A_chart_that_does_not_clip_draws_its_outlier_whole() =>
        ShouldBe(ChartAxis.For(Chart(false, [Figure(-67m), Figure(5.7m), Figure(-2.6m), Figure(3m)])), -80m, 20m, 20m);

    [Theory]
    [InlineData(25, 10, 1)]
    [InlineData(10, 25, 0)]
    public void A_category_at_most_outlier_ratio_times_the_next_is_not_an_outlier(double a, double b, double c)
    {
        var chart = Chart(true, [Figure((decimal)a), Figure((decimal)b), Figure((decimal)c)]);

        var axis = ChartAxis.For(chart);

        axis.Cuts(25m).Should().BeFalse();
        axis.Max.Should().BeGreaterThanOrEqualTo(25m * 1.12m);
    }

    [Fact]
    public void Two_categories_are_never_cut_however_different() =>
        ChartAxis.For(Chart(true, [Figure(100m), Figure(1m)])).Cuts(100m).Should().BeFalse();

    [Fact]
    public void Nothing_is_cut_when_every_other_category_is_zero() =>
        ChartAxis.For(Chart(true, [Figure(100m), Figure(0m), Figure(0m)])).Cuts(100m).Should().BeFalse();

    [Fact]
    public void A_category_is_as_large_as_its_largest_bar_in_any_series()
    {
        // Category 1 is 1 in 2003 but -50 in 2002: five times category 2's 10, so it is cut.
        var chart = Chart(true, [Figure(4m), Figure(1m), Figure(10m)], [Figure(1m), Figure(-50m), Figure(10m)]);

        var axis = ChartAxis.For(chart);

        ShouldBe(axis, -5m, 15m, 5m);
        axis.Cuts(-50m).Should().BeTrue();
    }

    [Fact]
    public void Values_sit_from_the_top_and_clamp_at_the_ends()
    {
        var axis = new ChartAxis(-10m, 10m, 5m);

        axis.FromTop(10m).Should().Be(0);
        axis.FromTop(5m).Should().Be(0.25);
        axis.FromTop(0m).Should().Be(0.5);
        axis.FromTop(-10m).Should().Be(1);
        axis.FromTop(-67m).Should().Be(1);
        axis.FromTop(67m).Should().Be(0);
    }

    [Fact]
    public void Only_values_beyond_the_ends_are_cut()
    {
        var axis = new ChartAxis(-10m, 10m, 5m);

        axis.Cuts(-10m).Should().BeFalse();
        axis.Cuts(10m).Should().BeFalse();
        axis.Cuts(-10.01m).Should().BeTrue();
        axis.Cuts(10.01m).Should().BeTrue();
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(0, 10, -1)]
    [InlineData(10, 10, 1)]
    [InlineData(10, 0, 1)]
    [InlineData(0, 13, 1)]
    public void An_axis_Radzen_could_not_draw_in_a_few_gridlines_is_refused(double min, double max, double step)
    {
        var make = () => new ChartAxis((decimal)min, (decimal)max, (decimal)step);

        make.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void An_axis_of_twelve_steps_is_drawable() =>
        new ChartAxis(0m, 12m, 1m).Span.Should().Be(12m);
}
