using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Web.Presentation;

/// <summary>A figure in plain words: what it measures, for which scope and period.</summary>
public static class FactDescriptions
{
    /// <summary>"Revenue change, Blood services, Q2 2003".</summary>
    public static string Name(Fact fact) =>
        $"{Metrics.LabelOf(fact.Metric)}, {ScopeKey.Of(fact).Label}, {Period.LabelOf(fact.Period)}";

    /// <summary>A hover title; it holds nothing the figure's own page lacks.</summary>
    public static string Title(Fact fact) => fact.Basis == Basis.Stated
        ? $"{Name(fact)}: stated in the call script. Open for the quote."
        : $"{Name(fact)}: derived, {FigureFormatter.Format(fact.Interval, fact.Unit)}. Open for the formula.";
}
