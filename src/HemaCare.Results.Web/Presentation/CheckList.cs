using HemaCare.Results.Checks;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Presentation;

/// <summary>
/// The checks table: failures first, then by period and id. The page and the CSV export both read it.
/// </summary>
public static class CheckList
{
    public static IReadOnlyList<CheckLine> Build(ResultsSnapshot snapshot) =>
    [
        .. snapshot.Checks
            .OrderBy(c => c.Status == CheckStatus.Fail ? 0 : 1)
            .ThenBy(c => c.Period, StringComparer.Ordinal)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c =>
            {
                var facts = c.FactIds.Select(id => snapshot.FactsById.GetValueOrDefault(id)).OfType<Fact>().ToList();
                return new CheckLine(c, facts, facts.FirstOrDefault()?.Unit ?? "");
            }),
    ];
}
