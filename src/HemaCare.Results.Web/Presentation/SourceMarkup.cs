using System.Net;
using System.Text;
using HemaCare.Results.Facts;
using HemaCare.Results.Sources;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// A call script as HTML. Every quote a stated fact cites is wrapped in <c>&lt;mark class="quote q-{id}"&gt;</c>,
/// and the fact's own figure inside it in <c>&lt;mark class="figure-mark" id="fact-{id}"&gt;</c>, so a link to
/// <c>#fact-{id}</c> outlines exactly the figure's characters, never a neighbouring figure of an overlapping quote;
/// inside it, a link to the figure's own page.
/// Marks of the same extent nest; a mark inside another nests inside it; two that cross are split where they
/// cross and the continuation keeps its classes. <see cref="QuoteIds"/> lists the facts whose quote pieces the
/// highlights stylesheet lights up with their :target figure. The scripts are hard-wrapped at 64 columns; a line
/// break inside a prose paragraph becomes a space so the text reflows to the reader's width, while headings,
/// speaker names and short lines keep their breaks. Each character maps to one, so spans still fit.
/// </summary>
public sealed class SourceMarkup
{
    private SourceMarkup(string html, IReadOnlyList<string> quoteIds) => (Html, QuoteIds) = (html, quoteIds);

    public string Html { get; }

    /// <summary>Facts with a quote in the script; the page adds a :has(:target) rule for each.</summary>
    public IReadOnlyList<string> QuoteIds { get; }

    private enum Kind { Quote, Figure, Link }

    private sealed record Span(string Id, int Start, int End, Kind Kind)
    {
        /// <summary>The opening tag; <paramref name="anchor"/> puts the fact's id on it.</summary>
        public string Open(bool anchor) => Kind switch
        {
            Kind.Link => $"<a href=\"{Links.Fact(Id)}\">",
            Kind.Figure => anchor ? $"<mark class=\"figure-mark\" id=\"fact-{Id}\">" : "<mark class=\"figure-mark\">",
            _ => anchor ? $"<mark class=\"quote q-{Id}\" id=\"fact-{Id}\">" : $"<mark class=\"quote q-{Id}\">",
        };

        public string Close => Kind == Kind.Link ? "</a>" : "</mark>";
    }

    public static SourceMarkup Build(SourceDocument document, IEnumerable<Fact> facts)
    {
        var text = document.Text;
        var quoted = facts
            .Where(f => f.Basis == Basis.Stated && f.Document == document.Code && f.Span is { Length: > 0 })
            .Where(f => f.Span!.Start >= 0 && f.Span.Start + f.Span.Length <= text.Length)
            .ToList();
        var spans = quoted.SelectMany(Spans).ToList();
        var located = spans.Where(m => m.Kind == Kind.Figure).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        // One link per written figure: facts that cite the same characters (EPS basic and diluted) share it.
        var links = spans.Where(m => m.Kind == Kind.Figure).GroupBy(m => (m.Start, m.End))
            .Select(g => g.MinBy(m => m.Id, StringComparer.Ordinal)! with { Kind = Kind.Link });
        var marks = spans.Concat(links)
            .OrderBy(m => m.Start).ThenByDescending(m => m.End).ThenBy(m => m.Kind)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var boundaries = marks.SelectMany(m => new[] { m.Start, m.End }).Append(text.Length)
            .Distinct().Order().ToList();

        var shown = Reflowed(text);
        var html = new StringBuilder();
        var open = new List<Span>();
        var position = 0;
        foreach (var boundary in boundaries)
        {
            html.Append(WebUtility.HtmlEncode(shown[position..boundary]));
            position = boundary;
            int deepest;
            while ((deepest = open.FindIndex(m => m.End == boundary)) >= 0)
            {
                var reopen = open.Skip(deepest + 1).Where(m => m.End != boundary).ToList();
                for (var i = open.Count - 1; i >= deepest; i--) html.Append(open[i].Close);
                open.RemoveRange(deepest, open.Count - deepest);
                foreach (var m in reopen)
                {
                    html.Append(m.Open(anchor: false));
                    open.Add(m);
                }
            }
            foreach (var m in marks.Where(m => m.Start == boundary))
            {
                html.Append(m.Open(anchor: m.Kind == Kind.Figure || m.Kind == Kind.Quote && !located.Contains(m.Id)));
                open.Add(m);
            }
        }
        return new SourceMarkup(html.ToString(),
            [.. quoted.Select(f => f.Id).Distinct().Order(StringComparer.Ordinal)]);

        IEnumerable<Span> Spans(Fact fact)
        {
            yield return new Span(fact.Id, fact.Span!.Start, fact.Span.Start + fact.Span.Length, Kind.Quote);
            if (WrittenFigureSpan.Of(fact, document) is { } figure)
                yield return new Span(fact.Id, figure.Start, figure.Start + figure.Length, Kind.Figure);
        }
    }

    /// <summary>
    /// Wrapped prose lines run to near the script's width; a line that ends well short of it ends on purpose.
    /// </summary>
    private const int WrappedLineLength = 48;

    /// <summary>
    /// The text with each line break that only wraps a paragraph (after a long line, before a line of prose) made a
    /// space.
    /// </summary>
    private static string Reflowed(string text)
    {
        var chars = text.ToCharArray();
        var lineStart = 0;
        for (var i = text.IndexOf('\n'); i >= 0; lineStart = i + 1, i = text.IndexOf('\n', i + 1))
        {
            var line = text.AsSpan(lineStart, i - lineStart).TrimEnd('\r');
            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            if (line.Length < WrappedLineLength || char.IsWhiteSpace(next) || next == '-') continue;
            chars[i] = ' ';
            if (i > 0 && text[i - 1] == '\r') chars[i - 1] = ' '; // HTML would read a lone CR as a line break.
        }
        return new string(chars);
    }
}
