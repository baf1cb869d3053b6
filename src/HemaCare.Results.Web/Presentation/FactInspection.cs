using HemaCare.Results.Checks;
using HemaCare.Results.Facts;
using HemaCare.Results.Sources;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Everything the page of one figure shows, like an Inline XBRL fact inspector: what it is in words, its value and
/// range, its quote in context (stated) or formula and inputs (derived), other statements of the same figure, the
/// checks it takes part in and the pages that show it.
/// </summary>
public sealed record FactInspection(
    Fact Fact,
    string Name,
    string Measure,
    string Scope,
    Period Period,
    string RangeText,
    string RangeMeaning,
    SourceDocument? Document,
    QuoteInContext? Quote,
    IReadOnlyList<Fact> OtherStatements,
    IReadOnlyList<Fact> Inputs,
    IReadOnlyList<ReconciliationCheck> Checks,
    IReadOnlyList<PageLink> Pages,
    ScriptWording? Wording)
{
    public static FactInspection? Of(ResultsSnapshot snapshot, string id)
    {
        if (FactPages.Find(snapshot, id) is not { } fact) return null;
        var document = fact.Document is null ? null : snapshot.FindDocument(fact.Document);
        return new FactInspection(
            fact,
            FactDescriptions.Name(fact),
            Metrics.LabelOf(fact.Metric),
            ScopeKey.Of(fact).Label,
            Period.Parse(fact.Period),
            FigureFormatter.Format(fact.Interval, fact.Unit),
            MeaningOfRange(fact),
            document,
            document is null ? null : QuoteInContext.Of(fact, document),
            [.. snapshot.Index.All.Where(f => f.Basis == Basis.Stated && f.Key == fact.Key && f.Id != fact.Id)],
            [.. fact.Inputs.Select(i => snapshot.FactsById.GetValueOrDefault(i)).OfType<Fact>()],
            [.. snapshot.Checks.Where(c => c.FactIds.Contains(fact.Id))],
            FigurePages.Showing(snapshot, fact.Id) is { Count: > 0 } pages ? pages
                : FactPages.ComparisonPage(snapshot, fact.Id) is { } comparison ? [comparison] : [],
            ScriptWords.For(snapshot, fact));
    }

    /// <summary>Why the range is what it is, in words.</summary>
    private static string MeaningOfRange(Fact fact) => (fact.Basis, fact.Qualifier) switch
    {
        (Basis.Derived, _) => "the tightest range that all stated figures jointly allow, through the accounting "
            + "identities the figures obey",
        (_, "approximately" or "about") =>
            $"“{fact.Qualifier}” allows half a unit of the figure's last significant digit either side",
        (_, "over") => "“over” allows up to one unit of the figure's last significant digit more",
        (_, "almost" or "nearly") => $"“{fact.Qualifier}” allows up to one unit of the figure's last significant "
            + "digit less",
        _ => "the values that round to the figure as written",
    };
}
