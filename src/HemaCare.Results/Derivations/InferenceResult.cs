using HemaCare.Results.Checks;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Derivations;

/// <summary>
/// One identity instance tested against the figures: the interval of its subject figure (as stated, or as
/// jointly derived) against the interval the identity computes for it from the others.
/// </summary>
public sealed record IdentityOutcome(
    Identity Identity,
    CheckStatus Status,
    Interval Expected,
    Interval Computed,
    IReadOnlyList<string> FactIds);

/// <summary>What joint inference adds: the derived facts and the outcome of every identity worth reporting.</summary>
public sealed record InferenceResult(IReadOnlyList<Fact> Derived, IReadOnlyList<IdentityOutcome> Outcomes);
