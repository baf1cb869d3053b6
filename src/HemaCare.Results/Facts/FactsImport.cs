using HemaCare.Results.Checks;
using HemaCare.Results.Derivations;
using HemaCare.Results.Sources;

namespace HemaCare.Results.Facts;

/// <summary>
/// Everything the store holds, verified: the scripts, stated and derived facts, and the checks; with the
/// mentions the stated facts cite, for the coverage audit.
/// </summary>
public sealed record ImportResult(
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<ReconciliationCheck> Checks,
    IReadOnlyList<Citation> Citations);

public static class FactsImport
{
    /// <summary>
    /// Verifies the facts files against the scripts, infers jointly and reconciles. Throws on a bad file.
    /// </summary>
    public static ImportResult Run(FactSource source)
    {
        var (documents, verified) = source.LoadVerified();
        var index = new FactIndex(verified.Facts);
        var inference = JointInference.Run(index);
        foreach (var fact in inference.Derived) index.Add(fact);
        var checks = CheckRules.Run(index, inference);
        return new ImportResult([.. documents.Values], index.All, checks, verified.Citations);
    }
}
