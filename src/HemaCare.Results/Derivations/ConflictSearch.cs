namespace HemaCare.Results.Derivations;

/// <summary>
/// Finds the identity instances to blame when the stated figures cannot all hold. Each round takes the connected
/// identities around the conflict and drops, one by one, every identity the inconsistency survives without
/// (a deletion filter); what remains is a minimal set that cannot hold together, and each member fails. Rounds
/// repeat without the failed identities until the rest is consistent, so one broken identity fails alone.
/// </summary>
internal static class ConflictSearch
{
    public static HashSet<int> FailedIdentities(IdentityNetwork network)
    {
        var failed = new HashSet<int>();
        while (Propagator.Run(network, failed) is { Consistent: false } run)
        {
            var conflict = MinimalConflict(network, failed, run.ConflictIdentity);
            failed.UnionWith(conflict.Count > 0 ? conflict : [run.ConflictIdentity]);
        }
        return failed;
    }

    private static List<int> MinimalConflict(IdentityNetwork network, HashSet<int> failed, int seed)
    {
        var component = ConnectedIdentities(network, seed, failed);
        var excluded = Enumerable.Range(0, network.Identities.Count).Where(i => !component.Contains(i)).ToHashSet();
        var kept = new List<int>();
        foreach (var identity in component.Order())
        {
            excluded.Add(identity);
            if (Propagator.Run(network, excluded).Consistent)
            {
                excluded.Remove(identity);
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
