using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests;

/// <summary>Finds the repository's own data/ and seeds/ from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static FactSource Source => new(Data, Seeds);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HemaCare.Results.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (HemaCare.Results.sln).");
    }
}
