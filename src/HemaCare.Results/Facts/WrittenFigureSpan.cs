using HemaCare.Results.Parsing;
using HemaCare.Results.Sources;

namespace HemaCare.Results.Facts;

/// <summary>
/// Where in its script a stated fact's own figure is written ("62 days" inside "stood at 42 days compared with
/// 62 days"): the mention the verifier accepted for it, in original characters. Overlapping quotes share text,
/// so a highlight that must land on one figure uses this span, never the quote's.
/// </summary>
public static class WrittenFigureSpan
{
    public static QuoteSpan? Of(Fact fact, SourceDocument document)
    {
        if (fact.Basis != Basis.Stated || fact.Quote is null || fact.Document != document.Code) return null;
        var places = document.Folded.FindAll(fact.Quote);
        if (places.Count != 1) return null;
        var quoteLength = FoldedText.Fold(fact.Quote).Length;
        if (FactVerifier.WrittenFigureIn(document, places[0], quoteLength, fact.Unit, fact.Value) is not { } figure)
            return null;
        var (start, length) = document.Folded.ToOriginal(figure.Start, figure.Text.Length);
        return new QuoteSpan(start, length);
    }
}
