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
    /// <summary>Verifies the facts files against the scripts, derives and reconciles. Throws on a bad file.</summary>
    public static ImportResult Run(FactSource source)
    {
        var (documents, verified) = source.LoadVerified();
        var index = new FactIndex(verified.Facts);
        DerivationRules.Derive(index);
        var checks = CheckRules.Run(index);
        return new ImportResult([.. documents.Values], index.All, checks, verified.Citations);
    }
}
