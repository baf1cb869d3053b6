namespace HemaCare.Results.Derivations;

/// <summary>
/// Which identity explains each end of a derived figure's final interval. A bound is cited to an identity whose
/// projection, from the final intervals of its other figures, reaches that bound, and only once each of those
/// figures is stated or cited itself: citations are made in that order, so following inputs always ends at
/// stated figures and never loops. A stated figure counts with the interval its statements give, not the
/// narrower joint one (what narrowed it is not part of the statement a reader follows to). The identity that
/// last tightened the bound is preferred. When mutual dependence leaves no identity that reaches a bound from
/// cited figures alone, the one that comes closest is cited (the figure's interval stays the joint one).
/// </summary>
internal sealed class Citations
{
    private readonly IdentityNetwork _network;
    private readonly Propagation _final;
    private readonly IReadOnlySet<int> _failed;
    private readonly bool[] _cited;
    private readonly (int Low, int High)?[] _by;
    private readonly Bounds[] _explained;

    public Citations(
        IdentityNetwork network, Propagation final, IReadOnlySet<int> statedVariables, IReadOnlySet<int> failed)
    {
        _network = network;
        _final = final;
        _failed = failed;
        _cited = new bool[network.Keys.Count];
        _by = new (int, int)?[network.Keys.Count];
        _explained = final.Values.ToArray();
        foreach (var v in statedVariables)
        {
            _cited[v] = true;
            _explained[v] = network.Domains[v];
        }
        var pending = Enumerable.Range(0, _cited.Length)
            .Where(v => !_cited[v] && final.Values[v].IsFinite)
            .Where(v => network.IdentitiesOf[v].Any(i => !failed.Contains(i)));
        CiteAll(new SortedSet<int>(pending));
    }

    /// <summary>The identities cited for the low and high end of a variable; null if stated or unexplained.</summary>
    public (int Low, int High)? Of(int variable) => _by[variable];

    public bool IsExplained(int variable) => _cited[variable];

    private void CiteAll(SortedSet<int> pending)
    {
        var queue = new Queue<int>(pending);
        while (pending.Count > 0)
        {
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                // Plain null checks rather than `is not { } x` patterns: a mutated pattern leaves x unassigned, and
                // Stryker would then drop every mutant of the method as a compile error.
                if (!pending.Contains(v)) continue;
                var cite = TryCite(v, strict: true);
                if (cite is null) continue;
                Cite(v, cite.Value, pending, queue);
            }
            var fallback = pending.Select(v => (v, Cite: TryCite(v, strict: false)))
                .FirstOrDefault(c => c.Cite is not null);
            if (fallback.Cite is null) return;
            Cite(fallback.v, fallback.Cite.Value, pending, queue);
        }
    }

    private void Cite(int v, (int, int) cite, SortedSet<int> pending, Queue<int> queue)
    {
        _by[v] = cite;
        _cited[v] = true;
        pending.Remove(v);
        foreach (var identity in _network.IdentitiesOf[v])
            foreach (var neighbour in _network.Identities[identity].Variables)
                if (pending.Contains(neighbour)) queue.Enqueue(neighbour);
    }

    private (int Low, int High)? TryCite(int v, bool strict)
    {
        var value = _final.Values[v];
        var tolerance = 1e-6 * value.Width + 1e-9 * Math.Max(1, Math.Max(Math.Abs(value.Low), Math.Abs(value.High)));
        (int Identity, double Bound)? low = null, high = null;
        foreach (var identity in Ordered(v))
        {
            var projection = Projection(identity, v);
            if (projection is null) continue;
            var projected = projection.Value;
            var reachesLow = projected.Low >= value.Low - tolerance;
            var reachesHigh = projected.High <= value.High + tolerance;
            var closerLow = double.IsFinite(projected.Low) && (low is null || projected.Low > low.Value.Bound);
            var closerHigh = double.IsFinite(projected.High) && (high is null || projected.High < high.Value.Bound);
            if (strict ? reachesLow && low is null : closerLow) low = (identity, projected.Low);
            if (strict ? reachesHigh && high is null : closerHigh) high = (identity, projected.High);
        }
        return low is null || high is null ? null : (low.Value.Identity, high.Value.Identity);
    }

    /// <summary>The variable's identities, the ones that last tightened its ends first.</summary>
    private IEnumerable<int> Ordered(int v)
    {
        var preferred = new[] { _final.LowSource[v], _final.HighSource[v] }.Where(i => i >= 0);
        return preferred.Concat(_network.IdentitiesOf[v]).Distinct().Where(i => !_failed.Contains(i));
    }

    /// <summary>The identity's projection onto v from explained intervals, once its other figures are.</summary>
    private Bounds? Projection(int identity, int v)
    {
        var variables = _network.Identities[identity].Variables;
        if (variables.Any(u => u != v && !_cited[u])) return null;
        return Project(_network.Identities[identity], _explained)[variables.ToList().IndexOf(v)];
    }

    public static Bounds[] Project(Identity identity, IReadOnlyList<Bounds> values)
    {
        var current = identity.Variables.Select(u => values[u]).ToArray();
        var projected = new Bounds[current.Length];
        identity.Project(current, projected);
        return projected;
    }
}
