using System.Net;
using System.Text;
using HemaCare.Results.Facts;
using HemaCare.Results.Sources;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// A call script as HTML with every quote a stated fact cites wrapped in <c>&lt;mark id="fact-{id}"&gt;</c>.
/// Facts that share a quote get nested marks of the same extent; a quote inside another nests inside it; two
/// quotes that cross are split where they cross, and the continuation carries class <c>q-{id}</c> so
/// <see cref="CrossingIds"/> can highlight it with the anchor. The scripts are hard-wrapped at 64 columns; a
/// line break inside a prose paragraph becomes a space so the text reflows to the reader's width, while
/// headings, speaker names and short lines keep their breaks. Each character maps to one, so spans still fit.
/// </summary>
public sealed class SourceMarkup
{
    private SourceMarkup(string html, IReadOnlyList<string> crossingIds) => (Html, CrossingIds) = (html, crossingIds);

    public string Html { get; }

    /// <summary>Facts whose quote was split into pieces; the page adds a :has(:target) rule for each.</summary>
    public IReadOnlyList<string> CrossingIds { get; }

    public static SourceMarkup Build(SourceDocument document, IEnumerable<Fact> facts)
    {
        var text = document.Text;
        var quotes = facts
            .Where(f => f.Basis == Basis.Stated && f.Document == document.Code && f.Span is { Length: > 0 })
            .Select(f => (f.Id, Start: f.Span!.Start, End: f.Span.Start + f.Span.Length))
            .Where(q => q.Start >= 0 && q.End <= text.Length)
            .OrderBy(q => q.Start).ThenByDescending(q => q.End).ThenBy(q => q.Id, StringComparer.Ordinal)
            .ToList();
        var boundaries = quotes.SelectMany(q => new[] { q.Start, q.End })
            .Append(text.Length).Distinct().Order().ToList();

        var shown = Reflowed(text);
        var html = new StringBuilder();
        var open = new List<(string Id, int Start, int End)>();
        var crossing = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var boundary in boundaries)
        {
            html.Append(WebUtility.HtmlEncode(shown[position..boundary]));
            position = boundary;
            int deepest;
            while ((deepest = open.FindIndex(q => q.End == boundary)) >= 0)
            {
                var reopen = open.Skip(deepest + 1).Where(q => q.End != boundary).ToList();
                for (var i = open.Count - 1; i >= deepest; i--) html.Append("</mark>");
                open.RemoveRange(deepest, open.Count - deepest);
                foreach (var q in reopen)
                {
                    crossing.Add(q.Id);
                    html.Append("<mark class=\"quote q-").Append(q.Id).Append("\">");
                    open.Add(q);
                }
            }
            foreach (var q in quotes.Where(q => q.Start == boundary))
            {
                html.Append("<mark class=\"quote q-").Append(q.Id).Append("\" id=\"fact-").Append(q.Id).Append("\">");
                open.Add(q);
            }
        }
        return new SourceMarkup(html.ToString(), [.. crossing.Order(StringComparer.Ordinal)]);
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
