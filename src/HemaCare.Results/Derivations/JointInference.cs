using HemaCare.Results.Checks;
using HemaCare.Results.Derivations.Identities;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Derivations;

/// <summary>
/// Joint interval inference: every identity over every figure, propagated to a fixpoint, so each figure ends with
/// the tightest interval all stated figures jointly allow. A figure the scripts do not state but the identities
/// bound becomes a derived fact whose formula and inputs say which identities set its ends. Identities that
/// cannot hold with the statements fail; the rest are reported as checks where they test stated figures.
/// </summary>
public static class JointInference
{
    public static InferenceResult Run(FactIndex index)
    {
        var stated = index.All.Where(f => f.Basis == Basis.Stated).ToList();
        var model = new InferenceModel(stated);
        IdentityRules.AddAll(model);
        var network = model.Network;
        var failed = ConflictSearch.FailedIdentities(network);
        var excluded = network.WithImplied(failed);
        var final = Propagator.Run(network, excluded);
        var statedVariables = stated.Select(f => network.Find(FigureKey.Of(f))!.Value).ToHashSet();
        var citations = new Citations(network, final, statedVariables, excluded);
        var emitter = new DerivedFacts(model, final, citations, index, statedVariables);
        var derived = emitter.Emit();
        var outcomes = Outcomes(network, final, citations, failed, excluded, emitter).ToList();
        return new InferenceResult(derived, outcomes);
    }

    private static IEnumerable<IdentityOutcome> Outcomes(
        IdentityNetwork network, Propagation final, Citations citations, HashSet<int> failed, HashSet<int> excluded,
        DerivedFacts facts)
    {
        for (var i = 0; i < network.Identities.Count; i++)
        {
            var identity = network.Identities[i];
            var projected = Citations.Project(identity, final.Values);
            if (failed.Contains(i))
            {
                var position = Enumerable.Range(0, projected.Length).Prepend(identity.Subject).FirstOrDefault(
                    p => final.Values[identity.Variables[p]].Intersect(projected[p]).IsEmpty, identity.Subject);
                yield return Outcome(identity, CheckStatus.Fail, position, projected[position], final, facts);
            }
            else if (!excluded.Contains(i) && IsTest(identity, i, final, citations, facts)
                && projected[identity.Subject] is var computed && computed.ToInterval() is not null)
            {
                yield return Outcome(identity, CheckStatus.Pass, identity.Subject, computed, final, facts);
            }
        }
    }

    /// <summary>
    /// Whether the identity tests the figures rather than merely defines one: it joins a stated figure with
    /// figures that are each stated or derived facts bounded by some other identity too.
    /// </summary>
    private static bool IsTest(Identity identity, int index, Propagation final, Citations citations, DerivedFacts facts)
    {
        var variables = identity.Variables;
        if (!variables.Any(facts.IsStated)) return false;
        return variables.All(v => facts.IsStated(v)
            || facts.FactIdOf(v) is not null && citations.Of(v) is { } by && (by.Low != index || by.High != index));
    }

    private static IdentityOutcome Outcome(
        Identity identity, CheckStatus status, int position, Bounds computed, Propagation final, DerivedFacts facts)
    {
        var subject = identity.Variables[position];
        var expected = facts.StatedInterval(subject) ?? Clamp(final.Values[subject]);
        var ids = identity.Variables.Select(facts.FactIdOf).OfType<string>();
        var first = facts.FactIdOf(subject);
        return new IdentityOutcome(identity, status, expected, Clamp(computed),
            [.. first is null ? ids : ids.Where(id => id != first).Prepend(first)]);
    }

    /// <summary>An interval for a check, with an unbounded end shown as the largest decimal.</summary>
    private static Interval Clamp(Bounds bounds) => bounds.ToInterval() ?? new Interval(
        bounds.Low is var low && double.IsFinite(low) && Math.Abs(low) < 1e15 ? (decimal)low : decimal.MinValue,
        bounds.High is var high && double.IsFinite(high) && Math.Abs(high) < 1e15 ? (decimal)high : decimal.MaxValue);
}
