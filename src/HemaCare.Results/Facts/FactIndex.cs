namespace HemaCare.Results.Facts;

/// <summary>
/// Looks facts up by period, scope and metric. Where a figure is stated more than once, the primary fact is
/// the most precise statement, then an unhedged one, then the first in file order.
/// </summary>
public sealed class FactIndex
{
    private readonly List<Fact> _all = [];
    private readonly Dictionary<(string, string, string, string), Fact> _primary = [];

    public FactIndex(IEnumerable<Fact> facts)
    {
        foreach (var fact in facts) Add(fact);
    }

    public IReadOnlyList<Fact> All => _all;

    public void Add(Fact fact)
    {
        _all.Add(fact);
        if (!_primary.TryGetValue(fact.Key, out var current) || Preferred(fact, current))
            _primary[fact.Key] = fact;
    }

    public Fact? Find(string period, string segment, string program, string metric) =>
        _primary.GetValueOrDefault((period, segment, program, metric));

    public Fact? Find(string period, ScopeKey scope, string metric) =>
        Find(period, scope.Segment, scope.Program, metric);

    public IEnumerable<Fact> Primaries => _primary.Values;

    public IEnumerable<IGrouping<(string, string, string, string), Fact>> Restatements =>
        _all.Where(f => f.Basis == Basis.Stated).GroupBy(f => f.Key).Where(g => g.Count() > 1);

    public Fact this[string id] => _all.First(f => f.Id == id);

    /// <summary>The stated facts a fact rests on, following derived inputs down.</summary>
    public IReadOnlySet<string> StatedRoots(Fact fact)
    {
        if (fact.Basis == Basis.Stated) return new HashSet<string> { fact.Id };
        return fact.Inputs.SelectMany(id => StatedRoots(this[id])).ToHashSet();
    }

    private static bool Preferred(Fact candidate, Fact current) =>
        current.Basis == Basis.Derived && candidate.Basis == Basis.Stated
        || candidate.Basis == current.Basis && candidate.Decimals > current.Decimals
        || candidate.Basis == current.Basis && candidate.Decimals == current.Decimals
            && current.Qualifier.Length > 0 && candidate.Qualifier.Length == 0;
}
