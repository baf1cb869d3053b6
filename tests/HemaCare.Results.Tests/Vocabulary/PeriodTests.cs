using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Tests.Vocabulary;

public class PeriodTests
{
    [Theory]
    [InlineData("2003-Q2", PeriodKind.Quarter, "2003-06-30", "Q2 2003", "2002-Q2")]
    [InlineData("2003-Q4", PeriodKind.Quarter, "2003-12-31", "Q4 2003", "2002-Q4")]
    [InlineData("2003-H1", PeriodKind.HalfYear, "2003-06-30", "H1 2003", "2002-H1")]
    [InlineData("2003-FY", PeriodKind.FullYear, "2003-12-31", "FY 2003", "2002-FY")]
    [InlineData("2003-12-31", PeriodKind.Instant, "2003-12-31", "December 31, 2003", "2002-12-31")]
    public void Period_codes_parse_to_kind_end_label_and_prior_year(
        string code, PeriodKind kind, string end, string label, string prior)
    {
        var period = Period.Parse(code);

        period.Kind.Should().Be(kind);
        period.End.Should().Be(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
        period.Label.Should().Be(label);
        period.PriorYear.Code.Should().Be(prior);
        period.IsInstant.Should().Be(kind == PeriodKind.Instant);
    }

    [Fact]
    public void The_prior_year_of_a_leap_day_is_the_last_day_of_february()
    {
        Period.Parse("2004-02-29").PriorYear.Code.Should().Be("2003-02-28");
    }

    [Theory]
    [InlineData("2003-Q5")]
    [InlineData("2003-H3")]
    [InlineData("Q2 2003")]
    [InlineData("2003-q2")]
    [InlineData("2003-13-01")]
    [InlineData("2003-02-30")]
    [InlineData("1899-FY")]
    [InlineData("")]
    [InlineData(null)]
    public void Junk_is_not_a_period(string? code)
    {
        Period.TryParse(code, out _).Should().BeFalse();
        if (code is not null) FluentActions.Invoking(() => Period.Parse(code)).Should().Throw<FormatException>()
            .WithMessage($"'{code}' is not a period code.");
    }

    [Fact]
    public void Periods_sort_by_end_date_then_shorter_first()
    {
        var codes = new[] { "2003-FY", "2003-H1", "2003-Q2", "2003-06-30", "2002-Q2" };

        codes.Select(Period.Parse).OrderBy(p => p.SortKey).Select(p => p.Code)
            .Should().Equal("2002-Q2", "2003-06-30", "2003-Q2", "2003-H1", "2003-FY");
    }
}
