using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Derivations;

/// <summary>One figure the identities speak of: a metric of a scope in a period, stated or not.</summary>
public readonly record struct FigureKey(string Period, ScopeKey Scope, string Metric)
{
    public static FigureKey Of(Fact fact) => new(fact.Period, ScopeKey.Of(fact), fact.Metric);

    /// <summary>The id of this figure's derived fact; links to it must keep working, so it never changes.</summary>
    public string DerivedId => $"d-{Metric.Replace('_', '-')}-{Scope.Slug}-{Period.ToLowerInvariant()}";

    /// <summary>The figure in words, for formulas: "Blood services revenue, FY 2003".</summary>
    public string Words => $"{Scope.Label} {MetricWords(Metric)}, {Vocabulary.Period.LabelOf(Period)}";

    /// <summary>"revenue", "revenue change %", "revenue change ($)", "gross margin %", "G&amp;A".</summary>
    public static string MetricWords(string metric)
    {
        var definition = Metrics.Find(metric);
        var label = definition?.Label ?? metric;
        if (label.Length > 1 && char.IsLower(label[1])) label = char.ToLowerInvariant(label[0]) + label[1..];
        return definition?.Unit switch
        {
            Units.Percent when !label.Contains('%') => label + " %",
            Units.Usd when metric.EndsWith("_change", StringComparison.Ordinal) => label + " ($)",
            _ => label,
        };
    }
}
