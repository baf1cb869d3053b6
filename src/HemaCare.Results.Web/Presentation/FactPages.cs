using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Finds the figure an id names, for its page and its API entry: a fact of the store, or a change a period view
/// computed against another period (<see cref="ChangeFigures"/>), which is computed again from the store.
/// </summary>
public static class FactPages
{
    public static Fact? Find(ResultsSnapshot snapshot, string id) =>
        snapshot.FactsById.GetValueOrDefault(id) ?? ChangeFigures.Find(snapshot, id);

    /// <summary>The view a computed change is shown on: its period compared with its basis.</summary>
    public static PageLink? ComparisonPage(ResultsSnapshot snapshot, string id)
    {
        if (ChangeFigures.Find(snapshot, id) is not { } fact || ChangeFigures.BasisOf(id) is not { } basis) return null;
        var current = Vocabulary.Period.Parse(fact.Period);
        var vs = basis == current.PriorYear ? null : basis.Code;
        return new PageLink($"{current.Label} against {basis.Label}", Links.Period(current.Code, vs));
    }
}
