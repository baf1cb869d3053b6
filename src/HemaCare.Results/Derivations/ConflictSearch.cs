namespace HemaCare.Results.Derivations;

/// <summary>
/// Finds the identity instances to blame when the stated figures cannot all hold. Each round takes the connected
/// identities around the conflict and drops, one by one, every identity the inconsistency survives without
/// (a deletion filter); what remains is a minimal set that cannot hold together, and each member fails. Rounds
/// repeat without the failed identities until the rest is consistent, so one broken identity fails alone.
/// Identities joining fewer stated figures are dropped first: where a stated figure contradicts an identity
/// outright and also a detour through derived figures, the direct identity is the one blamed.
/// </summary>
internal static class ConflictSearch
{
    /// <summary>
    /// The identities to blame (never an implied one); propagate without <see cref="IdentityNetwork.WithImplied"/>.
    /// </summary>
    public static HashSet<int> FailedIdentities(IdentityNetwork network)
    {
        var failed = new HashSet<int>();
        while (Propagator.Run(network, network.WithImplied(failed)) is { Consistent: false } run)
        {
            var conflict = MinimalConflict(network, network.WithImplied(failed), run.ConflictIdentity);
            // No identity alone restores consistency only if the conflict needs an implied identity; blame it then.
            failed.UnionWith(conflict.Count > 0 ? conflict : [run.ConflictIdentity]);
        }
        return failed;
    }

    private static List<int> MinimalConflict(IdentityNetwork network, HashSet<int> excludedAlready, int seed)
    {
        var component = ConnectedIdentities(network, seed, excludedAlready);
        var outside = Enumerable.Range(0, network.Identities.Count).Where(i => !component.Contains(i)).ToHashSet();
        var dropped = new HashSet<int>();
        var kept = new List<int>();
        var stated = network.Domains.Select(d => d != Bounds.Unbounded).ToArray();
        var candidates = component.Where(i => network.Identities[i].Premises.Count == 0)
            .OrderBy(i => network.Identities[i].Variables.Count(v => stated[v])).ThenBy(i => i);
        foreach (var identity in candidates)
        {
            dropped.Add(identity);
            if (Propagator.Run(network, network.WithImplied(dropped).Union(outside).ToHashSet()).Consistent)
            {
                dropped.Remove(identity);
                kept.Add(identity);
            }
        }
        return kept;
    }

    private static HashSet<int> ConnectedIdentities(IdentityNetwork network, int seed, HashSet<int> failed)
    {
        var found = new HashSet<int> { seed };
        var queue = new Queue<int>([seed]);
        while (queue.Count > 0)
        {
            foreach (var variable in network.Identities[queue.Dequeue()].Variables)
                foreach (var other in network.IdentitiesOf[variable])
                    if (!failed.Contains(other) && found.Add(other)) queue.Enqueue(other);
        }
        return found;
    }
}
