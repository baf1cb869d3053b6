using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Checks;

/// <summary>
/// The reconciliations: one per identity instance that tests stated figures (the identity families are listed
/// in <see cref="Derivations.Identities.IdentityRules"/>), and one per figure stated more than once.
/// </summary>
public static class CheckRules
{
    public static IReadOnlyList<ReconciliationCheck> Run(FactIndex index, InferenceResult inference) =>
    [
        .. inference.Outcomes.Select(o => new ReconciliationCheck(o.Identity.Id, o.Identity.Rule, o.Identity.Period,
                o.Identity.Description, o.Status, o.Expected, o.Computed, o.FactIds))
            .Concat(RestatedRule.Run(index))
            .OrderBy(c => c.Status == CheckStatus.Pass).ThenBy(c => c.Id, StringComparer.Ordinal),
    ];
}
