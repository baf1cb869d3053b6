using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Benchmarks;

/// <summary>The snapshot the app would serve, built in memory from the repository's data/ and seeds/.</summary>
internal static class RepositorySnapshot
{
    public static ResultsSnapshot Build()
    {
        var source = new FactSource(Path.Combine(RepositoryRoot(), "data"), Path.Combine(RepositoryRoot(), "seeds"));
        var import = FactsImport.Run(source);
        return new ResultsSnapshot(StoreFile.ContentHash(source), import.Facts, import.Documents, import.Checks);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HemaCare.Results.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (HemaCare.Results.sln).");
    }
}
