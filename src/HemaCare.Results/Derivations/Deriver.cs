using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Derivations;

/// <summary>
/// Adds derived facts to an index. Each one records its formula, in metric(period) terms, and its inputs.
/// A figure that is already known (stated or derived earlier) is never derived again.
/// </summary>
internal sealed class Deriver(FactIndex index)
{
    public List<Fact> Added { get; } = [];

    public Fact? Find(string period, ScopeKey scope, string metric) => index.Find(period, scope, metric);

    public bool Has(string period, ScopeKey scope, string metric) => Find(period, scope, metric) is not null;

    public void Add(string period, ScopeKey scope, string metric, Quantity result, string formula, params Fact[] inputs)
    {
        if (Has(period, scope, metric)) return;
        var unit = Metrics.Find(metric)!.Unit;
        var sameUnit = inputs.Where(i => i.Unit == unit).Select(i => i.Decimals).ToList();
        var decimals = unit == Units.Percent ? 1 : Math.Min(sameUnit.Count > 0 ? sameUnit.Min() : 0, DecimalsSupportedBy(result.Range));
        var fact = new Fact(
            Id: $"d-{metric.Replace('_', '-')}-{scope.Slug}-{period.ToLowerInvariant()}",
            Period: period, Segment: scope.Segment, Program: scope.Program, Metric: metric,
            Value: Math.Round(result.Value, 6), Unit: unit, Decimals: decimals, Qualifier: "",
            Basis: Basis.Derived, Document: null, Quote: null, Span: null,
            Formula: formula, Inputs: [.. inputs.Select(i => i.Id)],
            Low: Math.Round(result.Range.Low, 6), High: Math.Round(result.Range.High, 6));
        index.Add(fact);
        Added.Add(fact);
    }

    /// <summary>
    /// A derived figure is shown no finer than its uncertainty: rounded to the largest power of ten that does
    /// not exceed the width of its interval ($5.1M ÷ 1.074 spans ~$97,000, so it shows as $4.75M).
    /// </summary>
    private static int DecimalsSupportedBy(Interval range)
    {
        var width = range.High - range.Low;
        if (width <= 0) return int.MaxValue;
        return -(int)Math.Floor(Math.Log10((double)width));
    }

    public static string Term(string metric, string period) => $"{metric}({period})";
}
