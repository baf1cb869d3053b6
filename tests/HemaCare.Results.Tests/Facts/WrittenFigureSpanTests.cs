using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Facts;

public class WrittenFigureSpanTests
{
    [Theory]
    [InlineData("fy-dso-2002-12-31", "62")]
    [InlineData("fy-dso-2003-12-31", "42")]
    [InlineData("fy-cash-2002-12-31", "$1,048,000")]
    [InlineData("fy-eps-basic-2003-q4", "$.04")]
    [InlineData("q2-g-and-a-pct-of-revenue-2002-q2", "15%")]
    [InlineData("q2-gross-margin-pct-2002-q2", "14.2 %")]
    [InlineData("q2-revenue-blood-products-2003-q2", "$5.1 million")]
    public void A_stated_facts_span_is_its_own_written_figure_inside_its_quote(string id, string written)
    {
        var (documents, verified) = RepositoryPaths.Source.LoadVerified();
        var fact = verified.Facts.Single(f => f.Id == id);
        var document = documents[fact.Document!];

        var span = WrittenFigureSpan.Of(fact, document)!;

        document.Text.Substring(span.Start, span.Length).Should().Be(written);
        span.Start.Should().BeGreaterThanOrEqualTo(fact.Span!.Start);
        (span.Start + span.Length).Should().BeLessThanOrEqualTo(fact.Span.Start + fact.Span.Length);
    }

    [Fact]
    public void Every_shipped_stated_fact_has_a_written_figure_span()
    {
        var (documents, verified) = RepositoryPaths.Source.LoadVerified();

        verified.Facts.Where(f => WrittenFigureSpan.Of(f, documents[f.Document!]) is null).Select(f => f.Id)
            .Should().BeEmpty();
    }
}
