using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Facts;

public sealed class FactVerifierTests : IDisposable
{
    private const string Revenue =
        "q2-revenue,2003-Q2,,,revenue,5100000,usd,,Revenues during the second quarter were $5.1 million";
    private readonly FactsFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private string Problem(params string[] rows)
    {
        _fixture.WriteFacts(rows);
        return FluentActions.Invoking(() => _fixture.Source.LoadVerified()).Should().Throw<FactsFileException>()
            .Which.Message;
    }

    [Fact]
    public void Good_rows_verify_with_their_quote_span_and_rounding_interval()
    {
        _fixture.WriteFacts(
            Revenue,
            "gp,2003-Q2,Blood products,,gross_profit,-130000,usd,,\"margin for this segment was negative $130,000\"",
            "procedures,2003-Q2,Blood services,,procedures,1700,count,approximately,"
                + "Blood services generated approximately 1700 procedures");

        var facts = _fixture.Source.LoadVerified().Verified.Facts;

        facts.Select(f => f.Id).Should().Equal("q2-revenue", "gp", "procedures");
        var revenue = facts[0];
        revenue.Decimals.Should().Be(-5);
        (revenue.Low, revenue.High).Should().Be((5_050_000m, 5_150_000m));
        FactsFixture.Script.Substring(revenue.Span!.Start, revenue.Span.Length).Should().Be(revenue.Quote);
    }

    [Fact]
    public void A_quote_that_is_not_verbatim_is_rejected()
    {
        Problem("q2-revenue,2003-Q2,,,revenue,5100000,usd,,Revenues during the second quarter were $5.2 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ").And.Contain("does not occur verbatim");
    }

    [Fact]
    public void A_quote_that_occurs_twice_is_rejected_as_ambiguous()
    {
        Problem("ni,2003-Q2,,,net_income,272000,usd,,\"Net income was $272,000\"")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ").And.Contain("occurs 2 times");
    }

    [Fact]
    public void A_value_the_quote_does_not_write_is_rejected()
    {
        Problem("q2-revenue,2003-Q2,,,revenue,5000000,usd,,Revenues during the second quarter were $5.1 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ")
            .And.Contain("does not state 5000000 usd in written form");
    }

    [Fact]
    public void A_negative_value_without_a_negative_word_is_rejected()
    {
        Problem("q2-revenue,2003-Q2,,,revenue,-5100000,usd,,Revenues during the second quarter were $5.1 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ")
            .And.Contain("the value is negative but the quote has no word that says so");
    }

    [Fact]
    public void A_positive_value_for_a_figure_written_as_negative_is_rejected()
    {
        Problem("gp,2003-Q2,Blood products,,gross_profit,130000,usd,,\"margin for this segment was negative $130,000\"")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ")
            .And.Contain("does not state 130000 usd in written form (it states: $130,000)");
    }

    [Fact]
    public void A_missing_qualifier_for_a_hedged_figure_is_rejected()
    {
        Problem("procedures,2003-Q2,Blood services,,procedures,1700,count,,"
            + "Blood services generated approximately 1700 procedures")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ").And.Contain("set qualifier to 'approximately'");
    }

    [Fact]
    public void A_qualifier_other_than_the_scripts_hedge_is_rejected()
    {
        Problem("procedures,2003-Q2,Blood services,,procedures,1700,count,about,"
            + "Blood services generated approximately 1700 procedures")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ").And.Contain("hedges this figure as 'approximately'");
    }

    [Fact]
    public void A_qualifier_on_an_unhedged_figure_is_rejected()
    {
        Problem("q2-revenue,2003-Q2,,,revenue,5100000,usd,approximately,"
            + "Revenues during the second quarter were $5.1 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ")
            .And.Contain("qualifier 'approximately' does not stand before the figure");
    }

    [Fact]
    public void An_unknown_period_is_rejected()
    {
        Problem("q2-revenue,2003-Q5,,,revenue,5100000,usd,,Revenues during the second quarter were $5.1 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ").And.Contain("unknown period '2003-Q5'");
    }

    [Fact]
    public void An_unknown_segment_is_rejected()
    {
        Problem("q2-revenue,2003-Q2,Plasma,,revenue,5100000,usd,,Revenues during the second quarter were $5.1 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ").And.Contain("unknown segment 'Plasma'");
    }

    [Fact]
    public void An_unknown_program_is_rejected()
    {
        Problem("q2-revenue,2003-Q2,Blood products,Moon base,revenue,5100000,usd,,"
            + "Revenues during the second quarter were $5.1 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ").And.Contain("unknown program 'Moon base'");
    }

    [Fact]
    public void A_program_under_the_wrong_segment_is_rejected()
    {
        Problem("q2-revenue,2003-Q2,Blood services,California mobile,revenue,5100000,usd,,"
            + "Revenues during the second quarter were $5.1 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ")
            .And.Contain("program 'California mobile' belongs to segment 'Blood products', not 'Blood services'");
    }

    [Fact]
    public void An_unknown_metric_is_rejected()
    {
        Problem("q2-revenue,2003-Q2,,,ebitda,5100000,usd,,Revenues during the second quarter were $5.1 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ").And.Contain("unknown metric 'ebitda'");
    }

    [Fact]
    public void A_unit_the_metric_is_not_measured_in_is_rejected()
    {
        Problem("q2-revenue,2003-Q2,,,revenue,5100000,pct,,Revenues during the second quarter were $5.1 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:2: ")
            .And.Contain("metric 'revenue' is measured in 'usd', not 'pct'");
    }

    [Fact]
    public void A_duplicate_id_is_rejected_naming_the_first_use()
    {
        Problem(Revenue, "q2-revenue,2002-Q2,,,revenue,4800000,usd,,from $4.8 million in the second quarter of 2002")
            .Should().StartWith($"{FactsFixture.FactsFile}:3: ")
            .And.Contain($"id 'q2-revenue' is already used at {FactsFixture.FactsFile}:2");
    }

    [Fact]
    public void A_malformed_csv_record_is_rejected()
    {
        _fixture.WriteRaw(FactsFixture.Header + "\n" + Revenue + "\n\"unclosed,2003-Q2,,,revenue,1,usd,,x\n");

        FluentActions.Invoking(() => _fixture.Source.LoadVerified()).Should().Throw<FactsFileException>()
            .Which.Message.Should().MatchRegex(
                $"^{System.Text.RegularExpressions.Regex.Escape(FactsFixture.FactsFile)}"
                + @":\d+: not a well-formed CSV record");
    }

    [Fact]
    public void A_record_with_too_few_fields_is_rejected()
    {
        _fixture.WriteRaw(FactsFixture.Header + "\n" + Revenue + "\nshort,2003-Q2,,,revenue\n");

        FluentActions.Invoking(() => _fixture.Source.LoadVerified()).Should().Throw<FactsFileException>()
            .Which.Message.Should().StartWith($"{FactsFixture.FactsFile}:3: ")
            .And.Contain("not a well-formed CSV record");
    }

    [Fact]
    public void A_wrong_header_is_rejected_at_line_one()
    {
        _fixture.WriteRaw("id,period,segment,program,metric,amount,unit,qualifier,quote\n" + Revenue + "\n");

        FluentActions.Invoking(() => _fixture.Source.LoadVerified()).Should().Throw<FactsFileException>()
            .Which.Message.Should().StartWith($"{FactsFixture.FactsFile}:1: the header must be {FactsFixture.Header}");
    }

    [Fact]
    public void A_figure_stated_twice_with_values_that_disagree_is_rejected()
    {
        Problem(Revenue, "q2-revenue-again,2003-Q2,,,revenue,1200000,usd,,Sherman Oaks revenue was $1.2 million")
            .Should().StartWith($"{FactsFixture.FactsFile}:3: ")
            .And.Contain($"states 1200000 usd but {FactsFixture.FactsFile}:2 states 5100000 for the same figure");
    }

    [Fact]
    public void Every_bad_row_is_reported_at_once()
    {
        var message = Problem(
            "a,2003-Q5,,,revenue,5100000,usd,,Revenues during the second quarter were $5.1 million",
            "b,2003-Q2,,,ebitda,5100000,usd,,Revenues during the second quarter were $5.1 million");

        message.Split(Environment.NewLine).Should().HaveCount(2)
            .And.SatisfyRespectively(
                first => first.Should().StartWith($"{FactsFixture.FactsFile}:2: unknown period"),
                second => second.Should().StartWith($"{FactsFixture.FactsFile}:3: unknown metric"));
    }
}
