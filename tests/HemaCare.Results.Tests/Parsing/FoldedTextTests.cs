using HemaCare.Results.Parsing;

namespace HemaCare.Results.Tests.Parsing;

public class FoldedTextTests
{
    private const string Script = "Our revenues from the blood services\r\n   segment were $1.8 million,\nor 16% less.";

    [Fact]
    public void A_quote_matches_across_line_breaks_and_indentation()
    {
        var folded = new FoldedText(Script);

        folded.FindAll("blood services segment were $1.8 million").Should().ContainSingle();
    }

    [Fact]
    public void A_quote_with_its_own_line_break_matches_the_folded_text()
    {
        var folded = new FoldedText(Script);

        folded.FindAll("segment were $1.8 million,\r\n or 16%").Should().ContainSingle();
    }

    [Fact]
    public void A_phrase_that_occurs_twice_is_found_twice()
    {
        new FoldedText("loss of $1. Again a loss of $1.").FindAll("loss of $1").Should().HaveCount(2);
    }

    [Fact]
    public void An_absent_phrase_is_not_found()
    {
        new FoldedText(Script).FindAll("blood products segment").Should().BeEmpty();
    }

    [Fact]
    public void ToOriginal_maps_a_folded_span_back_to_the_original_characters()
    {
        var folded = new FoldedText(Script);
        const string quote = "blood services segment were $1.8 million";
        var at = folded.FindAll(quote).Single();

        var (start, length) = folded.ToOriginal(at, quote.Length);

        Script.Substring(start, length).Should().Be("blood services\r\n   segment were $1.8 million");
    }

    [Fact]
    public void Folding_collapses_every_run_of_white_space_to_one_space()
    {
        FoldedText.Fold("  a\t\tb \r\n c  ").Should().Be("a b c");
    }

    [Fact]
    public void Leading_whitespace_folds_to_one_space_like_any_other_run()
    {
        var folded = new FoldedText("\n  a\t\tb ");

        folded.Text.Should().Be(" a b ");
        folded.ToOriginal(1, 1).Should().Be((3, 1));
    }

    [Fact]
    public void An_empty_span_maps_to_an_empty_span_at_its_place_even_at_the_end()
    {
        var folded = new FoldedText("a  b");

        folded.ToOriginal(2, 0).Should().Be((3, 0));
        folded.ToOriginal(folded.Text.Length, 0).Should().Be((4, 0));
    }
}
