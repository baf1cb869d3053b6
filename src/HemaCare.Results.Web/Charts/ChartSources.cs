using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Web.Charts;

/// <summary>
/// The source line every chart carries, in the page and in its download: the call scripts its bars come from
/// (a derived bar's from the stated figures it rests on), and what the derived mark means.
/// </summary>
public static class ChartSources
{
    public static string Line(ResultsSnapshot snapshot, ColumnChart chart)
    {
        var facts = chart.Series.SelectMany(s => s.Values).OfType<Fact>().ToList();
        var documents = facts.SelectMany(snapshot.Index.StatedRoots)
            .Select(id => snapshot.FactsById.GetValueOrDefault(id)?.Document).OfType<string>()
            .Distinct().Order(StringComparer.Ordinal)
            .Select(code => snapshot.FindDocument(code)?.Title ?? code)
            .ToList();
        var line = documents.Count switch
        {
            0 => "",
            1 => $"Source: HemaCare {documents[0]}",
            _ => $"Sources: HemaCare {string.Join("; ", documents)}",
        };
        return facts.Any(f => f.Basis == Basis.Derived) ? $"{line}; ᵈ derived from the stated figures" : line;
    }
}
