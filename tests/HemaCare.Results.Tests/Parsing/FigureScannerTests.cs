using HemaCare.Results.Parsing;

namespace HemaCare.Results.Tests.Parsing;

public class FigureScannerTests
{
    private static WrittenFigure Single(string text)
    {
        var figures = FigureScanner.Scan(text);
        figures.Should().ContainSingle();
        return figures[0];
    }

    [Theory]
    [InlineData("revenue of $5.1 million", 5_100_000, -5)]
        [InlineData("profit of $272,000", 272_000, -3)]
    [InlineData("earnings of $.04 per share", 0.04, 2)]
    [InlineData("net income of $4,679,000", 4_679_000, -3)]
    public void Dollar_amounts_carry_value_and_xbrl_decimals(string text, double value, int decimals)
    {
        var figure = Single(text);

        figure.Kind.Should().Be(FigureKind.Money);
        figure.Value.Should().Be((decimal)value);
        figure.Decimals.Should().Be(decimals);
    }

    [Theory]
    [InlineData("margin was negative $130,000 or", -130_000)]
    [InlineData("compared to a loss of $38,000 last year", -38_000)]
    public void Negative_and_loss_words_make_a_dollar_amount_negative(string text, int value)
    {
        var figure = Single(text);

        figure.Value.Should().Be(value);
        figure.ExplicitlyNegative.Should().BeTrue();
    }

    [Fact]
    public void An_unmarked_dollar_amount_is_not_explicitly_negative()
    {
        Single("losses of $264,000").ExplicitlyNegative.Should().BeFalse();
    }

    [Theory]
    [InlineData("or 5.4% of revenue", 5.4, 1)]
    [InlineData("or 14.2 % of revenue", 14.2, 1)]
    [InlineData("increased 45% year", 45, 0)]
    public void Percentages_carry_value_and_decimals(string text, double value, int decimals)
    {
        var figure = Single(text);

        figure.Kind.Should().Be(FigureKind.Percent);
        figure.Value.Should().Be((decimal)value);
        figure.Decimals.Should().Be(decimals);
    }

    [Fact]
    public void A_leading_minus_makes_a_percentage_negative()
    {
        var figure = Single("or -2.6% in the quarter");

        figure.Value.Should().Be(-2.6m);
        figure.ExplicitlyNegative.Should().BeTrue();
    }

    [Fact]
    public void Nil_is_zero_to_the_cent()
    {
        var figure = Single("or nil per share");

        figure.Kind.Should().Be(FigureKind.Word);
        figure.Value.Should().Be(0m);
        figure.Decimals.Should().Be(2);
    }

    [Fact]
    public void Plain_numbers_are_counts()
    {
        var figure = Single("approximately 1700 procedures");

        figure.Kind.Should().Be(FigureKind.Number);
        figure.Value.Should().Be(1700m);
        figure.Decimals.Should().Be(0);
    }

    [Theory]
    [InlineData("zero", 0)]
    [InlineData("One", 1)]
    [InlineData("two", 2)]
    [InlineData("three", 3)]
    [InlineData("four", 4)]
    [InlineData("five", 5)]
    [InlineData("six", 6)]
    [InlineData("seven", 7)]
    [InlineData("eight", 8)]
    [InlineData("nine", 9)]
    [InlineData("ten", 10)]
    public void Number_words_up_to_ten_are_exact_counts(string word, int value)
    {
        var figure = Single($"after a loss of {word} centers");

        figure.Kind.Should().Be(FigureKind.Word);
        figure.Value.Should().Be(value);
        figure.Decimals.Should().Be(0);
        figure.ExplicitlyNegative.Should().BeFalse();
    }

    [Fact]
    public void A_count_in_whole_thousands_is_precise_to_the_thousand_and_no_count_is_negative()
    {
        var thousands = Single("a loss of 12,000 donors");
        var exact = Single("a loss of 12,345 donors");

        thousands.Kind.Should().Be(FigureKind.Number);
        thousands.Value.Should().Be(12_000m);
        thousands.Decimals.Should().Be(-3);
        thousands.ExplicitlyNegative.Should().BeFalse();
        exact.Decimals.Should().Be(0);
        Single("a loss of nil per share").ExplicitlyNegative.Should().BeFalse();
        Single("a loss at 4:30 PM").ExplicitlyNegative.Should().BeFalse();
    }

    [Fact]
    public void Times_of_day_are_found_but_carry_no_value()
    {
        var figure = Single("at 4:30 PM");

        figure.Kind.Should().Be(FigureKind.Time);
        figure.Text.Should().Be("4:30");
    }

    [Fact]
    public void Every_mention_in_a_sentence_is_found_in_order_with_its_position()
    {
        const string text = "$378,000 or 5.4% in 2003";

        var figures = FigureScanner.Scan(text);

        figures.Select(f => f.Text).Should().Equal("$378,000", "5.4%", "2003");
        figures.Should().OnlyContain(f => text.Substring(f.Start, f.Text.Length) == f.Text);
    }
}
