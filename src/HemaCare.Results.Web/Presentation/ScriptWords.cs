using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Where a script puts a figure in words, pages show those words beside the number: Q2 2003 revenue is
/// "$6.9 million, virtually unchanged from the prior year", so its derived change reads "about flat" with the
/// script's own words. Each wording is kept only while its quote occurs exactly once in its script.
/// </summary>
public static class ScriptWords
{
    private static readonly ScriptWording[] Wordings =
    [
        new("hemacare-2003-q2-call-script",
            "Revenues during the most recent quarter were $6.9 million, virtually unchanged from the prior year",
            "virtually unchanged", "2003-Q2", "", "", [Metrics.RevenueChangePct, Metrics.RevenueChange]),
    ];

    /// <summary>The wordings whose quote the snapshot's scripts hold, each exactly once.</summary>
    public static IReadOnlyList<ScriptWording> Verified(ResultsSnapshot snapshot) =>
        snapshot.Memo("script-words", () => Wordings
            .Where(w => w.Quote.Contains(w.Words, StringComparison.Ordinal))
            .Where(w => snapshot.FindDocument(w.Document)?.Folded.FindAll(w.Quote).Count == 1)
            .ToList());

    public static ScriptWording? For(ResultsSnapshot snapshot, Fact fact) =>
        Verified(snapshot).FirstOrDefault(w => w.Period == fact.Period && w.Segment == fact.Segment
            && w.Program == fact.Program && w.Metrics.Contains(fact.Metric));
}
