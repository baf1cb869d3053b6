using HemaCare.Results.Facts;
using HemaCare.Results.Parsing;

namespace HemaCare.Results.Tests.Facts;

/// <summary>The verifier's remaining rules, each with the exact reason a curator reads.</summary>
public sealed class FactVerifierRulesTests : IDisposable
{
    private const string Quote = "Revenues during the second quarter were $5.1 million";
    private readonly FactsFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private string Problem(string row)
    {
        _fixture.WriteFacts(row);
        var message = FluentActions.Invoking(() => _fixture.Source.LoadVerified())
            .Should().Throw<FactsFileException>().Which.Message;
        message.Should().StartWith($"{FactsFixture.FactsFile}:2: ");
        return message[$"{FactsFixture.FactsFile}:2: ".Length..];
    }

    private IReadOnlyList<Fact> Verified(params string[] rows)
    {
        _fixture.WriteFacts(rows);
        return _fixture.Source.LoadVerified().Verified.Facts;
    }

    [Theory]
    [InlineData("Q2-revenue")]
    [InlineData("-revenue")]
    [InlineData("q2_revenue")]
    public void An_id_that_is_not_a_lowercase_slug_is_rejected(string id) =>
        Problem($"{id},2003-Q2,,,revenue,5100000,usd,,{Quote}")
            .Should().Be($"id '{id}' must be a lowercase slug (a-z, 0-9, -)");

    [Fact]
    public void An_unknown_unit_is_rejected() =>
        Problem($"r,2003-Q2,,,revenue,5100000,eur,,{Quote}").Should().Be("unknown unit 'eur'");

    [Theory]
    [InlineData("$5100000")]
    [InlineData("5,100,000")]
    [InlineData("5.1e6")]
    public void A_value_that_is_not_a_plain_number_is_rejected(string value) =>
        Problem($"r,2003-Q2,,,revenue,\"{value}\",usd,,{Quote}")
            .Should().Be($"value '{value}' is not a plain number (no currency symbols or separators)");

    [Fact]
    public void An_unknown_qualifier_is_rejected() =>
        Problem($"r,2003-Q2,,,revenue,5100000,usd,roughly,{Quote}").Should().Be("unknown qualifier 'roughly'");

    [Fact]
    public void An_empty_quote_is_rejected() =>
        Problem("r,2003-Q2,,,revenue,5100000,usd,,").Should().Be("the quote is empty");

    [Fact]
    public void A_quote_without_any_figure_says_so() =>
        Problem("r,2003-Q2,,,revenue,5100000,usd,,Test Call Script")
            .Should().Be("the quote does not state 5100000 usd in written form (it states: no figure)");

    [Fact]
    public void A_percentage_does_not_back_a_count_nor_a_plain_number_a_percentage()
    {
        Problem("n,2003-Q2,,,procedures,70,count,,Donor retention was 70%")
            .Should().Be("the quote does not state 70 count in written form (it states: 70%)");
        Problem("p,2003-Q2,Blood products,Sherman Oaks donor center,donor_retention_pct,70,pct,,at 70 centers")
            .Should().Be("the quote does not state 70 pct in written form (it states: 70)");
    }

    [Fact]
    public void A_negative_word_counts_only_as_a_whole_word() =>
        Problem("c,2003-Q2,,,revenue_change,-2300000,usd,,Unit costs lessened by $2.3 million")
            .Should().StartWith("the value is negative but the quote has no word that says so");

    [Fact]
    public void A_negative_word_lets_an_unsigned_figure_back_a_negative_value()
    {
        var facts = Verified("g,2003-Q2,,,g_and_a_change,-400000,usd,,Expenses declined $0.4 million",
            "m,2003-Q2,,,gross_margin_pct,-2.6,pct,,\"or -2.6% of revenue\"");

        facts.Select(f => (f.Value, f.Low, f.High)).Should()
            .Equal((-400_000m, -450_000m, -350_000m), (-2.6m, -2.65m, -2.55m));
    }

    [Fact]
    public void A_hedge_at_the_start_of_a_sentence_is_read_whatever_its_case()
    {
        var fact = Verified("d,2003-Q2,,,procedures,85,count,approximately,Approximately 85 donors returned").Single();

        fact.Qualifier.Should().Be("approximately");
        (fact.Low, fact.High).Should().Be((84.5m, 85.5m));
    }

    [Fact]
    public void A_quote_across_a_line_break_maps_back_to_the_original_lines()
    {
        var fact = Verified("r,2002-Q2,,,revenue,4800000,usd,,up from $4.8 million in the second quarter of 2002")
            .Single();

        fact.Quote.Should().Be("up from $4.8 million in the second quarter of 2002");
        FactsFixture.Script.Substring(fact.Span!.Start, fact.Span.Length)
            .Should().MatchRegex(@"^up\r?\n\s+from \$4\.8 million in the second quarter of 2002$");
    }

    [Fact]
    public void A_verified_fact_records_its_script_its_precision_and_the_mention_it_cites()
    {
        _fixture.WriteFacts($"r,2003-Q2,,,revenue,5100000,usd,,{Quote}");

        var verified = _fixture.Source.LoadVerified().Verified;

        var fact = verified.Facts.Single();
        (fact.Basis, fact.Document, fact.Decimals, fact.Unit)
            .Should().Be((Basis.Stated, FactsFixture.Document, -5, "usd"));
        fact.Formula.Should().BeNull();
        fact.Inputs.Should().BeEmpty();
        var citation = verified.Citations.Single();
        var mentionStart = new FoldedText(FactsFixture.Script).Text.IndexOf("$5.1", StringComparison.Ordinal);
        citation.Should().Be(new Citation(FactsFixture.Document, mentionStart, "r"));
    }

    [Fact]
    public void Two_statements_of_a_figure_that_agree_both_verify()
    {
        var facts = Verified(
            "gp,2003-Q2,,,gross_profit,-130000,usd,,\"segment was negative $130,000\"",
            "gp-again,2003-Q2,,,gross_profit,-130000,usd,,"
                + "\"Our gross profit margin for this segment was negative $130,000\"");

        facts.Select(f => f.Id).Should().Equal("gp", "gp-again");
    }
}
