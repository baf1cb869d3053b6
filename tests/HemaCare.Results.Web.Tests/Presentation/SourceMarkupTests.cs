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

    [Fact]
    public void A_quote_is_marked_with_its_anchor_and_the_text_is_html_encoded()
    {
        var document = new SourceDocument("doc", "R&D <spend> was $5.1 million.\n");

        var markup = SourceMarkup.Build(document, [Quoted("f1", 16, 12)]);

        markup.Html.Should().Be(
            "R&amp;D &lt;spend&gt; was <mark class=\"quote q-f1\" id=\"fact-f1\">$5.1 million</mark>.\n");
        markup.CrossingIds.Should().BeEmpty();
    }

    [Fact]
    public void Crossing_quotes_are_split_and_the_continuation_carries_the_quotes_class()
    {
        var document = new SourceDocument("doc", "aaa bbb ccc");

        var markup = SourceMarkup.Build(document, [Quoted("f1", 0, 7), Quoted("f2", 4, 7)]);

        markup.Html.Should().Be(
            "<mark class=\"quote q-f1\" id=\"fact-f1\">aaa <mark class=\"quote q-f2\" id=\"fact-f2\">bbb</mark></mark>"
            + "<mark class=\"quote q-f2\"> ccc</mark>");
        markup.CrossingIds.Should().Equal("f2");
    }

    [Fact]
    public void A_quote_inside_another_nests_inside_it()
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
