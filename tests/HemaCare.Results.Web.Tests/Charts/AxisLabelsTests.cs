using HemaCare.Results.Web.Charts;

namespace HemaCare.Results.Web.Tests.Charts;

public sealed class AxisLabelsTests
{
    [Theory]
    [InlineData(6_900_000, "usd", "$6.9M")]
    [InlineData(1_000_000, "usd", "$1M")]
    [InlineData(-4_679_000, "usd", "\u2212$4.7M")]
    [InlineData(999_000, "usd", "$999K")]
    [InlineData(272_000, "usd", "$272K")]
    [InlineData(1_000, "usd", "$1K")]
    [InlineData(999, "usd", "$999")]
    [InlineData(0, "usd", "$0")]
    [InlineData(-2.6, "pct", "\u22122.6%")]
    [InlineData(25, "pct", "25%")]
    [InlineData(60, "days", "60 days")]
    [InlineData(1700, "count", "1700")]
    public void Ticks_are_short_in_the_units_own_style(double value, string unit, string tick) =>
        AxisLabels.Tick((decimal)value, unit).Should().Be(tick);

    [Fact]
    public void Labels_wrap_at_spaces_within_the_width()
    {
        AxisLabels.Wrap("Mature blood management programs", 16)
            .Should().Equal("Mature blood", "management", "programs");
        AxisLabels.Wrap("Blood products", 14).Should().Equal("Blood products");
        AxisLabels.Wrap("Blood products", 13).Should().Equal("Blood", "products");
        AxisLabels.Wrap("  Q2   2003 ", 20).Should().Equal("Q2 2003");
    }

    [Fact]
    public void A_word_longer_than_the_width_keeps_its_own_line() =>
        AxisLabels.Wrap("a supercalifragilistic b", 5).Should().Equal("a", "supercalifragilistic", "b");

    [Fact]
    public void An_empty_label_has_no_lines() => AxisLabels.Wrap("", 10).Should().BeEmpty();

    [Theory]
    [InlineData(1, 48)]
    [InlineData(2, 24)]
    [InlineData(3, 16)]
    [InlineData(4, 12)]
    [InlineData(6, 8)]
    [InlineData(12, 8)]
    [InlineData(0, 48)]
    public void Category_names_get_a_share_of_the_width_but_never_under_eight_characters(int categories, int fit) =>
        ChartSvg.CharactersPerCategory(categories).Should().Be(fit);

    [Fact]
    public void A_downloaded_svg_is_an_xml_document_ending_in_a_newline() =>
        ChartSvg.Document("<svg/>").Should().Be("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg/>\n");
}
