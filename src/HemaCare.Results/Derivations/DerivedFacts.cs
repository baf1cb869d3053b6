using HemaCare.Results.Derivations.Identities;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Derivations;

/// <summary>
/// Turns explained, bounded, unstated figures into derived facts: the value is the middle of the joint interval,
/// the formula is the cited identity solved for the figure in words, and the inputs are the figures that identity
/// joins, each a stated fact or another derived fact. A percentage change is only derived from a positive
/// prior-year level (a change from a loss has no meaningful percentage).
/// </summary>
internal sealed class DerivedFacts(
    InferenceModel model, Propagation final, Citations citations, FactIndex index, IReadOnlySet<int> statedVariables)
{
    private readonly IdentityNetwork _network = model.Network;
    private readonly HashSet<int> _emitted = [];
    private readonly Dictionary<int, IReadOnlyList<string>> _inputs = [];

    public bool IsStated(int variable) => statedVariables.Contains(variable);

    public Interval? StatedInterval(int variable) => IsStated(variable) ? Statement(variable).Interval : null;

    /// <summary>The fact that stands for a variable: its primary statement or its derived fact.</summary>
    public string? FactIdOf(int variable) => IsStated(variable)
        ? Statement(variable).Id
        : _emitted.Contains(variable) ? Key(variable).DerivedId : null;

    private Fact Statement(int variable) =>
        index.Find(Key(variable).Period, Key(variable).Scope, Key(variable).Metric)!;

    public IReadOnlyList<Fact> Emit()
    {
        var candidates = Enumerable.Range(0, _network.Keys.Count)
            .Where(v => !IsStated(v) && citations.Of(v) is not null && final.Values[v].ToInterval() is not null)
            .Where(Meaningful)
            .ToList();
        _emitted.UnionWith(candidates);
        return [.. candidates.Select(Build)];
    }

    private FigureKey Key(int variable) => _network.Keys[variable];

    private bool Meaningful(int v)
    {
        var key = Key(v);
        var family = SummedMetrics.ChangeFamilies.FirstOrDefault(f => f.ChangePct == key.Metric);
        if (family.Level is null) return true;
        var prior = model.PriorYear(key.Period) is { } p
            ? _network.Find(new FigureKey(p, key.Scope, family.Level))
            : null;
        return prior is { } before && final.Values[before].Low > 0;
    }

    private Fact Build(int v)
    {
        var key = Key(v);
        var interval = final.Values[v].ToInterval()!.Value;
        var (low, high) = citations.Of(v)!.Value;
        var unit = Metrics.Find(key.Metric)!.Unit;
        var middle = Math.Clamp(Math.Round((interval.Low + interval.High) / 2, 6), interval.Low, interval.High);
        return new Fact(
            Id: key.DerivedId, Period: key.Period, Segment: key.Scope.Segment, Program: key.Scope.Program,
            Metric: key.Metric,
            Value: middle, Unit: unit, Decimals: Math.Min(Precision.SupportedDecimals(interval), FinestDecimals(unit)),
            Qualifier: "", Basis: Basis.Derived, Document: null, Quote: null, Span: null,
            Formula: low == high ? Solve(low, v) : $"Low end from {Solve(low, v)}; high end from {Solve(high, v)}",
            Inputs: Inputs(v), Low: interval.Low, High: interval.High);
    }

    private string Solve(int identity, int v)
    {
        var solved = _network.Identities[identity];
        return solved.Solve(solved.Variables.ToList().IndexOf(v), [.. solved.Variables.Select(u => Key(u).Words)]);
    }

    /// <summary>
    /// The facts the cited identities join, in formula order. A figure that is explained but not a fact of its
    /// own (a percentage change from a loss) is replaced by its own inputs.
    /// </summary>
    private IReadOnlyList<string> Inputs(int v)
    {
        if (_inputs.TryGetValue(v, out var known)) return known;
        var (low, high) = citations.Of(v)!.Value;
        var ids = new List<string>();
        var joined = new[] { low, high }.Distinct().SelectMany(i => _network.Identities[i].Variables);
        foreach (var u in joined.Where(u => u != v))
            ids.AddRange(FactIdOf(u) is { } id ? [id] : Inputs(u));
        return _inputs[v] = [.. ids.Distinct()];
    }

    private static int FinestDecimals(string unit) => unit switch
    {
        Units.UsdPerShare or Units.Percent or Units.PercentagePoints => 2,
        _ => 0,
    };
}
