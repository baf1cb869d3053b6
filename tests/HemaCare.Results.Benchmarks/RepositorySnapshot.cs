using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Benchmarks;

/// <summary>The snapshot the app would serve, built in memory from the repository's data/ and seeds/.</summary>
internal static class RepositorySnapshot
{
    public static FactSource Source() => new(Path.Combine(RepositoryRoot(), "data"), Path.Combine(RepositoryRoot(), "seeds"));

    public static ResultsSnapshot Build()
    {
        var source = Source();
        var import = FactsImport.Run(source);
        return new ResultsSnapshot(StoreFile.ContentHash(source), import.Facts, import.Documents, import.Checks);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HemaCare.Results.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (HemaCare.Results.sln).");
    }
}
