namespace HemaCare.Results.Derivations;

/// <summary>The intervals a propagation ends with, or the identity at which they could not meet.</summary>
public sealed record Propagation(
    Bounds[] Values,
    int[] LowSource,
    int[] HighSource,
    bool Consistent,
    int ConflictIdentity,
    int Revisions);

/// <summary>
/// Interval constraint propagation (HC4 revise, AC-3 worklist): each identity is projected onto each of its
/// variables and the result intersected with the variable's interval; the identities of a narrowed variable
/// are revised again, until nothing narrows by more than a small relative tolerance or an iteration cap is hit.
/// Every projection rounds outward, so each interval always holds every value the statements jointly allow.
/// </summary>
public static class Propagator
{
    private const double RelativeTolerance = 1e-9;
    private const double WidthTolerance = 1e-7;
    private const int RevisionsPerIdentity = 400;

    public static Propagation Run(IdentityNetwork network, IReadOnlySet<int>? excluded = null)
    {
        var values = network.Domains.ToArray();
        var lowSource = Enumerable.Repeat(-1, values.Length).ToArray();
        var highSource = Enumerable.Repeat(-1, values.Length).ToArray();
        var identities = network.Identities;
        var queue = new Queue<int>();
        var queued = new bool[identities.Count];
        for (var i = 0; i < identities.Count; i++)
        {
            if (excluded?.Contains(i) == true) continue;
            queue.Enqueue(i);
            queued[i] = true;
        }

        var cap = RevisionsPerIdentity * Math.Max(1, identities.Count);
        var revisions = 0;
        Span<Bounds> current = stackalloc Bounds[8];
        Span<Bounds> projected = stackalloc Bounds[8];
        while (queue.Count > 0 && revisions < cap)
        {
            var c = queue.Dequeue();
            queued[c] = false;
            revisions++;
            var identity = identities[c];
            var arity = identity.Variables.Count;
            for (var i = 0; i < arity; i++) current[i] = values[identity.Variables[i]];
            identity.Project(current[..arity], projected[..arity]);
            for (var i = 0; i < arity; i++)
            {
                var v = identity.Variables[i];
                var old = values[v];
                var narrowed = old.Intersect(projected[i]);
                if (narrowed.IsEmpty)
                {
                    values[v] = narrowed;
                    return new Propagation(values, lowSource, highSource, false, c, revisions);
                }
                var lower = Significant(old.Low, narrowed.Low, narrowed);
                var upper = Significant(old.High, narrowed.High, narrowed);
                if (!lower && !upper) continue;
                values[v] = new Bounds(lower ? narrowed.Low : old.Low, upper ? narrowed.High : old.High);
                if (lower) lowSource[v] = c;
                if (upper) highSource[v] = c;
                foreach (var other in network.IdentitiesOf[v])
                {
                    if (other == c || queued[other] || excluded?.Contains(other) == true) continue;
                    queue.Enqueue(other);
                    queued[other] = true;
                }
            }
        }
        return new Propagation(values, lowSource, highSource, true, -1, revisions);
    }

    /// <summary>Whether a bound moved enough to be worth propagating (any move from infinity does).</summary>
    private static bool Significant(double old, double updated, Bounds narrowed)
    {
        if (old == updated) return false;
        if (double.IsInfinity(old)) return true;
        var tolerance = RelativeTolerance * Math.Max(1, Math.Abs(updated));
        if (narrowed.IsFinite) tolerance = Math.Max(tolerance, WidthTolerance * narrowed.Width);
        return Math.Abs(updated - old) > tolerance;
    }
}
