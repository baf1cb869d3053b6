using HemaCare.Results.Facts;
using HemaCare.Results.Sources;
using HemaCare.Results.Vocabulary;
using HemaCare.Results.Web.Presentation;
using static HemaCare.Results.Web.Tests.Presentation.TestFacts;

namespace HemaCare.Results.Web.Tests.Presentation;

public sealed class SourceMarkupTests
{
    private static Fact Quoted(string id, int start, int length, string document = "doc") =>
        Stated(Metrics.Revenue, 1m, Units.Usd, 0, id: id, document: document, span: new QuoteSpan(start, length));

    /// <summary>A stated fact as the verifier makes it: its quote, where it sits, and the value it writes.</summary>
    private static Fact Quoting(SourceDocument document, string id, string quote, decimal value, string unit) =>
        Stated(Metrics.Revenue, value, unit, 0, id: id, document: document.Code,
            span: new QuoteSpan(document.Text.IndexOf(quote, StringComparison.Ordinal), quote.Length)) with
        {
            Quote = quote,
        };

    [Fact]
    public void A_quote_is_marked_softly_and_its_own_figure_carries_the_anchor_with_the_text_html_encoded()
    {
        var document = new SourceDocument("doc", "R&D <spend> was $5.1 million.\n");

        var markup = SourceMarkup.Build(document, [Quoting(document, "f1", "was $5.1 million", 5_100_000m, Units.Usd)]);

        markup.Html.Should().Be("R&amp;D &lt;spend&gt; <mark class=\"quote q-f1\">was "
            + "<mark class=\"figure-mark\" id=\"fact-f1\"><a href=\"/facts/f1\">$5.1 million</a></mark></mark>.\n");
        markup.QuoteIds.Should().Equal("f1");
    }

    [Fact]
    public void Where_quotes_overlap_each_anchor_wraps_its_own_figure_not_the_neighbouring_one()
    {
        var document = new SourceDocument("doc", "stood at 42 days compared with 62 days as of the end");

        var markup = SourceMarkup.Build(document, [
            Quoting(document, "now", "stood at 42 days", 42m, Units.Days),
            Quoting(document, "before", "42 days compared with 62 days", 62m, Units.Days),
        ]);

        markup.Html.Should().Be(
            "<mark class=\"quote q-now\">stood at <mark class=\"quote q-before\">"
            + "<mark class=\"figure-mark\" id=\"fact-now\"><a href=\"/facts/now\">42</a></mark> days</mark></mark>"
            + "<mark class=\"quote q-before\"> compared with "
            + "<mark class=\"figure-mark\" id=\"fact-before\"><a href=\"/facts/before\">62</a></mark>"
            + " days</mark> as of the end");
        markup.QuoteIds.Should().Equal("before", "now");
    }

    [Fact]
    public void A_quote_whose_figure_cannot_be_found_carries_the_anchor_itself_and_nests_inside_a_longer_one()
    {
        var document = new SourceDocument("doc", "aaa bbb ccc");

        var markup = SourceMarkup.Build(document, [Quoted("inner", 4, 3), Quoted("outer", 0, 11)]);

        markup.Html.Should().Be(
            "<mark class=\"quote q-outer\" id=\"fact-outer\">aaa "
            + "<mark class=\"quote q-inner\" id=\"fact-inner\">bbb</mark> ccc</mark>");
    }

    [Fact]
    public void A_line_break_that_only_wraps_prose_becomes_a_space_and_short_lines_keep_theirs()
    {
        var wrapped = new string('x', 50);
        var document = new SourceDocument("doc", $"Heading\n{wrapped}\nmore prose\n\nNext paragraph");

        var markup = SourceMarkup.Build(document, []);

        markup.Html.Should().Be($"Heading\n{wrapped} more prose\n\nNext paragraph");
    }

    [Fact]
    public void Derived_facts_and_quotes_from_other_scripts_are_not_marked()
    {
        var document = new SourceDocument("doc", "aaa bbb ccc");

        var markup = SourceMarkup.Build(
            document, [Derived("d1", Metrics.Revenue, 1m, Units.Usd), Quoted("other", 0, 3, document: "other-doc")]);

        markup.Html.Should().Be("aaa bbb ccc");
    }
}
