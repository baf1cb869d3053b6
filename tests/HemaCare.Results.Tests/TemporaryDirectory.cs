using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests;

/// <summary>A scratch folder for one test, removed with everything in it.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(
        System.IO.Path.GetTempPath(), "hemacare-tests-" + Guid.NewGuid().ToString("N"))).FullName;

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>
    /// Copies the repository's data/ (facts files, ignore rules, seed manifest) and seeds/ here, so a test can
    /// change them.
    /// </summary>
    public FactSource CopyShippedSources()
    {
        var source = new FactSource(Combine("data"), Combine("seeds"));
        Directory.CreateDirectory(source.DataDirectory);
        Directory.CreateDirectory(source.SeedsDirectory);
        var dataFiles = Directory.GetFiles(RepositoryPaths.Data)
            .Where(f => f.EndsWith(".csv", StringComparison.Ordinal)
                || f.EndsWith(".sha256", StringComparison.Ordinal));
        foreach (var file in dataFiles)
            File.Copy(file, System.IO.Path.Combine(source.DataDirectory, System.IO.Path.GetFileName(file)));
        foreach (var file in RepositoryPaths.Source.SeedFiles)
            File.Copy(file, System.IO.Path.Combine(source.SeedsDirectory, System.IO.Path.GetFileName(file)));
        return source;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
