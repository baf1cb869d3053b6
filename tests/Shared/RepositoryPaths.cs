using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.TestSupport;

/// <summary>
/// Finds the repository's own data/ and seeds/ from a test's output folder. One file, linked into every test
/// project, so the walk up to HemaCare.Results.sln is written once.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static FactSource Source => new(Data, Seeds);

    /// <summary>The snapshot the app would serve, built in memory from the repository's data/ and seeds/.</summary>
    public static ResultsSnapshot NewSnapshot()
    {
        var import = FactsImport.Run(Source);
        return new ResultsSnapshot(StoreFile.ContentHash(Source), import.Facts, import.Documents, import.Checks);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HemaCare.Results.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (HemaCare.Results.sln).");
    }
}
