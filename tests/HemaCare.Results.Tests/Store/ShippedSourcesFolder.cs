using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Store;

/// <summary>
/// A scratch folder holding a copy of the shipped data/ and seeds/ for one test to change, and the place its store
/// file goes. Disposing clears SQLite's pooled connections first, so no open handle keeps the folder alive.
/// </summary>
public sealed class ShippedSourcesFolder : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public ShippedSourcesFolder() => Source = _folder.CopyShippedSources();

    public FactSource Source { get; }

    public string Path => _folder.Path;

    public string DatabasePath => Combine("store", "results.db");

    public string Combine(params string[] parts) => _folder.Combine(parts);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
