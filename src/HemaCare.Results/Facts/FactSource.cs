using HemaCare.Results.Sources;

namespace HemaCare.Results.Facts;

/// <summary>
/// The curated inputs of the store: the scripts in <c>seeds/</c> and the facts files in <c>data/</c>.
/// </summary>
public sealed record FactSource(string DataDirectory, string SeedsDirectory)
{
    public IReadOnlyList<string> FactsFiles =>
        [.. Directory.GetFiles(DataDirectory, "*" + FactsFileReader.Suffix).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> SeedFiles =>
        [.. Directory.GetFiles(SeedsDirectory, "*" + SourceDocument.Extension).Order(StringComparer.Ordinal)];

    public IReadOnlyDictionary<string, SourceDocument> LoadDocuments() =>
        SeedFiles.Select(SourceDocument.Load).ToDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>
    /// Reads and verifies every facts file. Throws <see cref="FactsFileException"/> naming file:line.
    /// </summary>
    public (IReadOnlyDictionary<string, SourceDocument> Documents, VerifiedFacts Verified) LoadVerified()
    {
        var documents = LoadDocuments();
        var rows = FactsFiles.SelectMany(FactsFileReader.Read).ToList();
        return (documents, FactVerifier.Verify(rows, documents));
    }
}
