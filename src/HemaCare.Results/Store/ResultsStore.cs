using HemaCare.Results.Facts;
using Microsoft.Extensions.Logging;

namespace HemaCare.Results.Store;

public sealed record ResultsStoreOptions(string DatabasePath, string DataDirectory, string SeedsDirectory);

/// <summary>
/// Owns the current snapshot. Opening builds the store when data/ or seeds/ changed, rebuilds a corrupt
/// file, and keeps serving the last good store when a facts file is bad (reporting the problem); it fails
/// with a message naming the file and the fix only when there is nothing good to serve.
/// </summary>
public sealed class ResultsStore(ResultsStoreOptions options, ILogger<ResultsStore> logger)
{
    private readonly Lock _gate = new();
    private volatile ResultsSnapshot? _current;

    public StoreFile File { get; } = new(options.DatabasePath);

    public FactSource Source { get; } = new(options.DataDirectory, options.SeedsDirectory);

    /// <summary>Why the store being served is not built from the current data/, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Raised after a new snapshot is swapped in.</summary>
    public event Action<ResultsSnapshot>? Changed;

    public bool IsOpen => _current is not null;

    public ResultsSnapshot Current => _current ?? throw new InvalidOperationException("The store has not been opened.");

    /// <summary>Brings the store up to date with data/ and seeds/ and swaps in its snapshot.</summary>
    public ResultsSnapshot Refresh()
    {
        lock (_gate)
        {
            var wanted = StoreFile.ContentHash(Source);
            var stored = ReadHashOrNullIfCorrupt();
            string? problem = null;
            if (stored != wanted)
                problem = TryBuild(wanted, haveGoodStore: stored is not null);

            var snapshot = File.Load();
            Problem = problem;
            _current = snapshot;
            Changed?.Invoke(snapshot);
            return snapshot;
        }
    }

    private string? ReadHashOrNullIfCorrupt()
    {
        try
        {
            return File.ReadContentHash();
        }
        catch (StoreCorruptException e)
        {
            logger.LogWarning("{Message} Rebuilding it from data/ and seeds/.", e.Message);
            return null;
        }
    }

    private string? TryBuild(string contentHash, bool haveGoodStore)
    {
        ImportResult import;
        try
        {
            import = FactsImport.Run(Source);
        }
        catch (FactsFileException e) when (haveGoodStore)
        {
            logger.LogError("The facts files do not verify; serving the last good store {Path}.\n{Problems}", File.Path, e.Message);
            return $"The facts files do not verify; serving the last good store. {e.Message}";
        }
        catch (FactsFileException e)
        {
            throw new StoreUnavailableException($"Cannot build the store {File.Path}: the facts files do not verify.\n{e.Message}\nFix the rows named above and start again.");
        }

        try
        {
            File.Write(import, contentHash);
            logger.LogInformation("Built the store {Path} ({Facts} facts, {Checks} checks).", File.Path, import.Facts.Count, import.Checks.Count);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            if (haveGoodStore)
            {
                logger.LogError("Cannot write the store {Path} ({Reason}); serving the existing store read-only.", File.Path, e.Message);
                return $"The store {File.Path} is out of date and cannot be rewritten ({e.Message}); serving it read-only.";
            }
            throw new StoreUnavailableException(
                $"Cannot build the store {File.Path} ({e.Message}). Make its folder writable, or point ConnectionStrings:Results at a writable path.");
        }
    }
}

/// <summary>The store can be neither read nor built. The message names the file and the fix.</summary>
public sealed class StoreUnavailableException(string message) : Exception(message);
