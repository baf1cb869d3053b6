using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// Which pages show a figure, from the same Presentation classes the pages render: the overview cards, each
/// period view's tables, the segment history, liquidity and the checks. Built once per snapshot.
/// </summary>
public static class FigurePages
{
    public static IReadOnlyList<PageLink> Showing(ResultsSnapshot snapshot, string factId) =>
        snapshot.Memo("figure-pages", () => Build(snapshot)).GetValueOrDefault(factId) ?? [];

    private static Dictionary<string, List<PageLink>> Build(ResultsSnapshot snapshot)
    {
        var index = new Dictionary<string, List<PageLink>>(StringComparer.Ordinal);
        foreach (var (page, facts) in Pages(snapshot))
            foreach (var fact in facts.OfType<Fact>().DistinctBy(f => f.Id))
            {
                if (!index.TryGetValue(fact.Id, out var pages)) index[fact.Id] = pages = [];
                pages.Add(page);
            }
        return index;
    }

    private static IEnumerable<(PageLink Page, IEnumerable<Fact?> Facts)> Pages(ResultsSnapshot snapshot)
    {
        yield return (new PageLink("Overview", Links.Overview), snapshot.ReportedPeriods
            .SelectMany(p => HeadlineFigures.Card(snapshot, p)).SelectMany(l => new[] { l.Current, l.Change }));
        foreach (var period in snapshot.Periods)
            yield return (new PageLink($"{period.Label} view", Links.Period(period.Code)),
                PeriodTables.View(snapshot, period).SelectMany(FactsOf));
        yield return (new PageLink("Segments", Links.Segments), FactsOf(StoreTables.SegmentHistory(snapshot)));
        yield return (new PageLink("Liquidity", Links.Liquidity),
            FactsOf(StoreTables.Liquidity(snapshot)).Concat(FactsOf(StoreTables.DebtReduction(snapshot))));
        yield return (new PageLink("Reconciliation checks", Links.Checks),
            CheckList.Build(snapshot).SelectMany(c => c.Facts));
    }

    private static IEnumerable<Fact?> FactsOf(FigureTable table) => table.Figures.Select(x => x.Fact);
}
