using HemaCare.Results.Facts;
using HemaCare.Results.Web.Exports;

namespace HemaCare.Results.Web.Tests.Exports;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("\nx", "'\nx")]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    public void Text_that_a_spreadsheet_would_run_is_prefixed_with_an_apostrophe(string value, string expected) =>
        CsvCells.Text(value).Should().Be(expected);

    [Theory]
    [InlineData("Revenues during the most recent quarter were $6.9 million")]
    [InlineData("a=b")]
    [InlineData("x-1")]
    [InlineData("'quoted")]
    [InlineData("")]
    public void Other_text_is_written_unchanged(string value) => CsvCells.Text(value).Should().Be(value);

    [Fact]
    public void Missing_text_is_an_empty_cell() => CsvCells.Text(null).Should().BeEmpty();

    [Theory]
    [InlineData("-272000", "-272000")]
    [InlineData("6900000", "6900000")]
    [InlineData("5.40", "5.4")]
    [InlineData("-0.04", "-0.04")]
    public void Numbers_are_plain_invariant_and_never_guarded(string value, string expected) =>
        CsvCells.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);

    [Theory]
    // FY 2003 blood products revenue, $19.93M to $20.08M: $20.0M, as the page shows it.
    [InlineData(20_006_306.904026, -5, 19_927_500, 20_084_600, "20000000")]
    // Q2 2002 blood products revenue, $4.72M to $4.77M: the page's $4.7M lies outside, so one digit more.
    [InlineData(4_744_413.407821, -5, 4_720_000.5, 4_767_000.2, "4740000")]
    // New programs' Q2 2003 margin, −47.6% to −47.3%: −47 lies outside, −47.5 inside.
    [InlineData(-47.45, 0, -47.6, -47.3, "-47.5")]
    // A rounding that lands on an end of the interval is inside it: no digit more.
    [InlineData(4_744_900, -4, 4_740_000, 4_770_000, "4740000")]
    [InlineData(4_765_100, -4, 4_740_000, 4_770_000, "4770000")]
    // An interval narrower than a millionth: the value to the millionth, and no further.
    [InlineData(1.23456789, 0, 1.23456789, 1.23456789, "1.234568")]
    public void A_figure_is_written_to_the_digits_it_supports_and_never_outside_its_interval(
        double value, int decimals, double low, double high, string expected)
    {
        var fact = new Fact("d", "2003-Q2", "", "", "revenue", (decimal)value, "usd", decimals, "", Basis.Derived,
            null, null, null, "a - b", ["a", "b"], (decimal)low, (decimal)high);

        CsvCells.Figure(fact).Should().Be(expected);
    }
}
