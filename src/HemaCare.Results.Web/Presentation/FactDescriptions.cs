using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

public static class FactDescriptions
{
    /// <summary>"Derived: formula, where input = value (stated/derived) …", for a title a reader hovers.</summary>
    public static string DerivedTitle(Fact fact, ResultsSnapshot snapshot)
    {
        var inputs = fact.Inputs.Select(id => snapshot.FactsById.TryGetValue(id, out var input)
            ? $"{input.Metric}({input.Period}{ScopeSuffix(input)}) = "
                + $"{FigureFormatter.Format(input)} ({WireNames.Of(input.Basis)})"
            : id);
        return $"Derived: {fact.Formula}{ScopeSuffix(fact)}; {string.Join("; ", inputs)}; "
            + $"range {FigureFormatter.Format(fact.Interval, fact.Unit)}";
    }

    private static string ScopeSuffix(Fact f) => f.IsCompany ? "" : $", {ScopeKey.Of(f).Label}";
}
