using System.Text.RegularExpressions;
using HemaCare.Results.Facts;
using HemaCare.Results.Sources;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// A stated fact's quote inside the sentence(s) it sits in, cut into the text before the quote, the quote up to its
/// figure, the figure's own characters, the rest of the quote and the text after it. White space is folded.
/// </summary>
public sealed partial record QuoteInContext(
    string Before, string QuoteBefore, string Figure, string QuoteAfter, string After)
{
    public static QuoteInContext? Of(Fact fact, SourceDocument document)
    {
        if (fact.Span is not { } quote || WrittenFigureSpan.Of(fact, document) is not { } figure) return null;
        var text = document.Text;
        var quoteEnd = quote.Start + quote.Length;
        var figureEnd = figure.Start + figure.Length;
        if (figure.Start < quote.Start || figureEnd > quoteEnd) return null;
        var sentenceStart = SentenceStart(text, quote.Start);
        var sentenceEnd = SentenceEnd(text, quoteEnd);
        return new QuoteInContext(
            Fold(text[sentenceStart..quote.Start]).TrimStart(),
            Fold(text[quote.Start..figure.Start]),
            Fold(text[figure.Start..figureEnd]),
            Fold(text[figureEnd..quoteEnd]),
            Fold(text[quoteEnd..sentenceEnd]).TrimEnd());
    }

    /// <summary>Just after the last sentence end or paragraph break before <paramref name="position"/>.</summary>
    private static int SentenceStart(string text, int position)
    {
        for (var i = position - 1; i > 0; i--)
            if (IsSentenceEnd(text, i) || text[i] == '\n' && text[i - 1] == '\n') return i + 1;
        return 0;
    }

    /// <summary>
    /// Just after the first sentence end from <paramref name="position"/> on, or the paragraph's end.
    /// </summary>
    private static int SentenceEnd(string text, int position)
    {
        for (var i = position; i < text.Length; i++)
        {
            if (IsSentenceEnd(text, i)) return i + 1;
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n') return i;
        }
        return text.Length;
    }

    // A full stop ends a sentence only before white space: "$.04" and "14.2 %" do not.
    private static bool IsSentenceEnd(string text, int i) =>
        text[i] is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));

    private static string Fold(string text) => WhiteSpace().Replace(text.Replace("\r", ""), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
