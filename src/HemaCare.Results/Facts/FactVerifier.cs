using System.Globalization;
using System.Text.RegularExpressions;
using HemaCare.Results.Parsing;
using HemaCare.Results.Sources;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Facts;

/// <summary>A script mention that a stated fact cites, for the coverage audit.</summary>
public sealed record Citation(string Document, int MentionStart, string FactId);

public sealed record VerifiedFacts(IReadOnlyList<Fact> Facts, IReadOnlyList<Citation> Citations);

/// <summary>
/// Checks every row of the facts files against its script before anything is written: the quote is verbatim,
/// it states the value in written form, the codes are known, and a figure stated twice agrees with itself.
/// All problems are reported at once, each as file:line and the reason.
/// </summary>
public static partial class FactVerifier
{
    public static readonly IReadOnlySet<string> Qualifiers =
        new HashSet<string> { "approximately", "about", "almost", "nearly", "over" };

    private static readonly string[] NegativeWords =
    [
        "negative", "loss", "losses", "decline", "declined", "declines", "decrease", "decreased", "decreases",
        "reduction", "reduced", "less", "lower",
    ];

    /// <summary>How a facts file writes a value: an optional sign and decimal point, nothing else.</summary>
    private const NumberStyles ValueStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static VerifiedFacts Verify(
        IReadOnlyList<FactRow> rows, IReadOnlyDictionary<string, SourceDocument> documents)
    {
        var errors = new List<string>();
        var facts = new List<Fact>();
        var citations = new List<Citation>();
        var seenIds = new Dictionary<string, FactRow>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            var problem = CheckCodes(row, seenIds);
            if (problem is null)
            {
                var document = documents.GetValueOrDefault(FactsFileReader.DocumentOf(row.File));
                problem = document is null
                    ? $"no script seeds/{FactsFileReader.DocumentOf(row.File)}{SourceDocument.Extension} "
                        + "for this facts file"
                    : VerifyQuote(row, document, facts, citations);
            }
            if (problem is not null) errors.Add($"{row.Where}: {problem}");
            seenIds.TryAdd(row.Id, row);
        }

        if (errors.Count == 0) errors.AddRange(CheckRestatements(facts, rows));
        if (errors.Count > 0) throw new FactsFileException(string.Join(Environment.NewLine, errors));
        return new VerifiedFacts(facts, citations);
    }

    private static string? CheckCodes(FactRow row, Dictionary<string, FactRow> seenIds)
    {
        if (!IdPattern().IsMatch(row.Id)) return $"id '{row.Id}' must be a lowercase slug (a-z, 0-9, -)";
        if (seenIds.TryGetValue(row.Id, out var first)) return $"id '{row.Id}' is already used at {first.Where}";
        if (!Period.TryParse(row.Period, out _))
            return $"unknown period '{row.Period}' (expected e.g. 2003-Q2, 2003-H1, 2003-FY or 2003-06-30)";
        if (row.Segment.Length > 0 && !Scope.Segments.Contains(row.Segment)) return $"unknown segment '{row.Segment}'";
        if (row.Program.Length > 0)
        {
            var program = Scope.FindProgram(row.Program);
            if (program is null) return $"unknown program '{row.Program}'";
            if (program.Segment != row.Segment)
                return $"program '{row.Program}' belongs to segment '{program.Segment}', not '{row.Segment}'";
        }
        var metric = Metrics.Find(row.Metric);
        if (metric is null) return $"unknown metric '{row.Metric}'";
        if (!Units.All.Contains(row.Unit)) return $"unknown unit '{row.Unit}'";
        if (metric.Unit != row.Unit) return $"metric '{row.Metric}' is measured in '{metric.Unit}', not '{row.Unit}'";
        if (!decimal.TryParse(row.Value, ValueStyles, CultureInfo.InvariantCulture, out _))
            return $"value '{row.Value}' is not a plain number (no currency symbols or separators)";
        if (row.Qualifier.Length > 0 && !Qualifiers.Contains(row.Qualifier))
            return $"unknown qualifier '{row.Qualifier}'";
        if (row.Quote.Length == 0) return "the quote is empty";
        return null;
    }

    private static string? VerifyQuote(FactRow row, SourceDocument document, List<Fact> facts, List<Citation> citations)
    {
        var places = document.Folded.FindAll(row.Quote);
        if (places.Count == 0) return $"the quote does not occur verbatim in {document.FileName}";
        if (places.Count > 1)
            return $"the quote occurs {places.Count} times in {document.FileName}; "
                + "lengthen it so it points at one place";

        var quoteStart = places[0];
        var quote = FoldedText.Fold(row.Quote);
        var quoteEnd = quoteStart + quote.Length;
        var value = decimal.Parse(row.Value, ValueStyles, CultureInfo.InvariantCulture);
        var mention = WrittenFigureIn(document, quoteStart, quote.Length, row.Unit, value);
        if (mention is null)
        {
            var inQuote = document.Mentions.Where(m => m.Start >= quoteStart && m.End <= quoteEnd).ToList();
            var stated = inQuote.Count == 0 ? "no figure" : string.Join(", ", inQuote.Select(m => m.Text));
            return $"the quote does not state {row.Value} {row.Unit} in written form (it states: {stated})";
        }
        if (value < 0 && !mention.ExplicitlyNegative && !NegativeWords.Any(w => WordPattern(w).IsMatch(quote)))
            return "the value is negative but the quote has no word that says so "
                + "(such as 'loss', 'decline' or 'negative')";

        var hedge = HedgeBefore(document.Folded.Text, mention.Start);
        if (hedge != row.Qualifier)
            return hedge.Length > 0
                ? $"the script hedges this figure as '{hedge}'; set qualifier to '{hedge}'"
                : $"qualifier '{row.Qualifier}' does not stand before the figure in the script";

        var (spanStart, spanLength) = document.Folded.ToOriginal(quoteStart, quote.Length);
        var interval = StatedInterval.Of(value, mention.Decimals, row.Qualifier);
        facts.Add(new Fact(row.Id, row.Period, row.Segment, row.Program, row.Metric, value, row.Unit, mention.Decimals,
            row.Qualifier, Basis.Stated, document.Code, quote, new QuoteSpan(spanStart, spanLength), null, [],
            interval.Low, interval.High));
        citations.Add(new Citation(document.Code, mention.Start, row.Id));
        return null;
    }

    /// <summary>
    /// The written figure a quote (at folded position <paramref name="quoteStart"/>) states a value with: the first
    /// mention inside the quote of the unit's kind and of that value (unsigned where the quote's words give the sign).
    /// </summary>
    public static WrittenFigure? WrittenFigureIn(
        SourceDocument document, int quoteStart, int quoteLength, string unit, decimal value) =>
        document.Mentions.FirstOrDefault(m => m.Start >= quoteStart && m.End <= quoteStart + quoteLength
            && Fits(m, unit) && Matches(m, value));

    private static bool Fits(WrittenFigure mention, string unit) => unit switch
    {
        Units.Usd or Units.UsdPerShare => mention.Kind is FigureKind.Money or FigureKind.Word,
        Units.Percent or Units.PercentagePoints => mention.Kind == FigureKind.Percent,
        _ => mention.Kind is FigureKind.Number or FigureKind.Word,
    };

    /// <summary>
    /// An unsigned written figure may back a negative value; an explicitly negative one never backs a positive.
    /// </summary>
    private static bool Matches(WrittenFigure mention, decimal value) =>
        mention.Value == value || (!mention.ExplicitlyNegative && value < 0 && mention.Value == -value);

    private static string HedgeBefore(string text, int position)
    {
        var before = text[..position].TrimEnd();
        var lastSpace = before.LastIndexOf(' ');
        var word = before[(lastSpace + 1)..].ToLowerInvariant();
        return Qualifiers.Contains(word) ? word : "";
    }

    private static IEnumerable<string> CheckRestatements(List<Fact> facts, IReadOnlyList<FactRow> rows)
    {
        var whereById = rows.ToDictionary(r => r.Id, r => r.Where);
        foreach (var group in facts.GroupBy(f => f.Key))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(o => !o.Interval.Overlaps(first.Interval)))
                yield return $"{whereById[other.Id]}: states {other.Value.Normalize()} {other.Unit} "
                    + $"but {whereById[first.Id]} states {first.Value.Normalize()} for the same figure";
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    private static Regex WordPattern(string word) =>
        new($@"\b{word}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
