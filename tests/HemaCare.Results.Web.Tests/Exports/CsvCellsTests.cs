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
}
