namespace HemaCare.Results.Derivations;

/// <summary>
/// The variables (figures) and identity instances that join them. A variable starts unbounded; each statement
/// of its figure intersects its domain.
/// </summary>
public sealed class IdentityNetwork
{
    private readonly Dictionary<FigureKey, int> _index = [];
    private readonly List<FigureKey> _keys = [];
    private readonly List<Bounds> _domains = [];
    private readonly List<List<int>> _identitiesOf = [];
    private readonly List<Identity> _identities = [];
    private readonly HashSet<string> _identityIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _implied = new(StringComparer.Ordinal);

    public IReadOnlyList<FigureKey> Keys => _keys;

    public IReadOnlyList<Bounds> Domains => _domains;

    public IReadOnlyList<Identity> Identities => _identities;

    /// <summary>The identities each variable takes part in, by index.</summary>
    public IReadOnlyList<IReadOnlyList<int>> IdentitiesOf => _identitiesOf;

    public int Variable(FigureKey key)
    {
        if (_index.TryGetValue(key, out var existing)) return existing;
        _index[key] = _keys.Count;
        _keys.Add(key);
        _domains.Add(Bounds.Unbounded);
        _identitiesOf.Add([]);
        return _keys.Count - 1;
    }

    public int? Find(FigureKey key) => _index.TryGetValue(key, out var i) ? i : null;

    public void State(FigureKey key, Interval interval)
    {
        var variable = Variable(key);
        // Statements that cannot meet are the restated check's to report; the first one stands meanwhile.
        var narrowed = _domains[variable].Intersect(Bounds.Of(interval));
        if (!narrowed.IsEmpty) _domains[variable] = narrowed;
    }

    /// <summary>
    /// The blamed identities and every identity implied by one of them (a premise gone, the implication goes too):
    /// the identities a propagation must leave out.
    /// </summary>
    public HashSet<int> WithImplied(IEnumerable<int> blamed)
    {
        var excluded = blamed.ToHashSet();
        foreach (var premise in excluded.ToList())
            if (_implied.TryGetValue(_identities[premise].Id, out var implied)) excluded.UnionWith(implied);
        return excluded;
    }

    /// <summary>Adds an identity; a second one with the same id (the same identity built twice) is ignored.</summary>
    public void Add(Identity identity)
    {
        if (!_identityIds.Add(identity.Id)) return;
        foreach (var premise in identity.Premises)
            (_implied.TryGetValue(premise, out var list) ? list : _implied[premise] = []).Add(_identities.Count);
        foreach (var variable in identity.Variables.Distinct()) _identitiesOf[variable].Add(_identities.Count);
        _identities.Add(identity);
    }
}
