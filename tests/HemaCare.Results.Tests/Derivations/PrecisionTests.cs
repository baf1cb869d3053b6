using System.Globalization;
namespace HemaCare.Results.Tests.Derivations;

public class PrecisionTests
{
    [Theory]
    [InlineData(19_340_000, 19_500_000, -5)]
    [InlineData(-0.67, 0.39, 0)]
    [InlineData(-20.3, -17.5, -1)]
    [InlineData(-254_000, -252_000, -3)]
    [InlineData(-254_000, -251_999, -4)]
    [InlineData(5.35, 5.45, 1)]
    [InlineData(-6, -4, 0)]
    // Two units of 1, allowing for the millionth derived intervals are widened by; a hair more is too wide.
    [InlineData(0, 2.000002, 0)]
    [InlineData(0, 2.0000021, -1)]
    [InlineData(0, 0.02, 2)]
    [InlineData(0, 2e-10, 10)]
    public void Supported_decimals_are_the_finest_digit_the_interval_spans_at_most_twice(
        double low, double high, int expected) =>
        Precision.SupportedDecimals(new Interval((decimal)low, (decimal)high)).Should().Be(expected);

    [Fact]
    public void An_exact_figure_supports_the_finest_decimals() =>
        Precision.SupportedDecimals(Interval.Exact(8_000m)).Should().Be(Precision.MaxDecimals);

    [Theory]
    [InlineData("19341212", -5, "19300000")]
    [InlineData("-150", -2, "-200")]
    [InlineData("250", -2, "300")]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("0.045", 2, "0.05")]
    [InlineData("-0.04", 2, "-0.04")]
    [InlineData("1.25", 40, "1.25")]
    public void Rounding_to_xbrl_decimals_takes_halves_away_from_zero(string value, int decimals, string rounded) =>
        Precision.Round(decimal.Parse(value, CultureInfo.InvariantCulture), decimals)
            .Should().Be(decimal.Parse(rounded, CultureInfo.InvariantCulture));
}
