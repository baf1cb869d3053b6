using HemaCare.Results.Facts;
using Microsoft.Extensions.Logging;

namespace HemaCare.Results.Store;

public sealed record ResultsStoreOptions(string DatabasePath, string DataDirectory, string SeedsDirectory);

/// <summary>
/// Owns the current snapshot. Opening builds the store when data/ or seeds/ changed, rebuilds a corrupt
/// file, and keeps serving the last good store when the inputs are bad or missing (reporting the problem); it
/// fails with a message naming the file and the fix only when there is nothing good to serve. A store locked
/// by another process is neither corrupt nor rebuilt: the snapshot stays and the store retries with backoff.
/// </summary>
public sealed class ResultsStore(ResultsStoreOptions options, ILogger<ResultsStore> logger) : IDisposable
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StartUpPatience = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private volatile ResultsSnapshot? _current;
    private bool _cleaned;
    private TimeSpan? _retryDelay;
    private Timer? _retry;

    public StoreFile File { get; } = new(options.DatabasePath);

    public FactSource Source { get; } = new(options.DataDirectory, options.SeedsDirectory);

    /// <summary>Why the store served is not built from the current data/, or null. Never an absolute path.</summary>
    public string? Problem { get; private set; }

    /// <summary>Raised after a new snapshot is swapped in.</summary>
    public event Action<ResultsSnapshot>? Changed;

    public bool IsOpen => _current is not null;

    public ResultsSnapshot Current => _current ?? throw new InvalidOperationException("The store has not been opened.");

    /// <summary>Brings the store up to date with data/ and seeds/ and swaps in its snapshot.</summary>
    public ResultsSnapshot Refresh()
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return RefreshOnce();
            }
            catch (StoreBusyException e) when (_current is null && waited < StartUpPatience)
            {
                // Nothing to serve yet: wait for the lock rather than fail start-up at once.
                var pause = _retryDelay ?? FirstRetry;
                if (waited == TimeSpan.Zero) logger.LogWarning("{Message} Waiting for it.", e.Message);
                Thread.Sleep(pause);
                waited += pause;
                _retryDelay = pause * 2;
            }
            catch (StoreBusyException e) when (_current is null)
            {
                throw new StoreUnavailableException(
                    $"Cannot open the store {File.Path}: {e.Message} "
                    + "Stop the other process, or point ConnectionStrings:Results elsewhere.");
            }
            catch (StoreBusyException e)
            {
                return KeepServingWhileLocked(e);
            }
        }
    }

    private ResultsSnapshot RefreshOnce()
    {
        lock (_gate)
        {
            if (!_cleaned)
            {
                _cleaned = true;
                if (File.DeleteAbandonedTemporaryFiles() is > 0 and var removed)
                    logger.LogInformation(
                        "Removed {Count} temporary files left beside {Path} by killed builds.", removed, File.Path);
            }

            var stored = ReadHashOrNullIfCorrupt();
            string? problem = null;
            string? wanted = null;
            try
            {
                StoreInputs.CheckFolders(Source);
                wanted = StoreFile.ContentHash(Source);
            }
            catch (FactsFileException e)
            {
                problem = InputProblem(e, haveGoodStore: stored is not null);
            }
            if (wanted is not null && stored != wanted)
                problem = TryBuild(wanted, haveGoodStore: stored is not null);

            var snapshot = File.Load();
            if (_retryDelay is not null && _current is not null)
                logger.LogInformation("The store {Path} is no longer locked.", File.Path);
            _retryDelay = null;
            Problem = problem;
            _current = snapshot;
            Changed?.Invoke(snapshot);
            return snapshot;
        }
    }

    private ResultsSnapshot KeepServingWhileLocked(StoreBusyException e)
    {
        lock (_gate)
        {
            if (_retryDelay is null)
                logger.LogWarning("{Message} Serving the current snapshot and retrying with backoff.", e.Message);
            _retryDelay = _retryDelay is { } delay
                ? TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LastRetry.Ticks))
                : FirstRetry;
            _retry ??= new Timer(_ => RetryInBackground());
            _retry.Change(_retryDelay.Value, Timeout.InfiniteTimeSpan);
            Problem = $"The store {File.Name} is locked by another process; serving the current snapshot and retrying.";
            return _current!;
        }
    }

    private void RetryInBackground()
    {
        try
        {
            Refresh();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Retrying the store {Path} failed.", File.Path);
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

    private string InputProblem(FactsFileException e, bool haveGoodStore)
    {
        if (!haveGoodStore)
            throw new StoreUnavailableException(
                $"Cannot build the store {File.Path}: data/ and seeds/ do not verify.\n{e.Message}\n"
                + $"(data: {Source.DataDirectory}, seeds: {Source.SeedsDirectory}) "
                + "Fix what is named above and start again.");
        logger.LogError(
            "data/ and seeds/ do not verify; serving the last good store {Path}.\n{Problems}\n"
            + "(data: {Data}, seeds: {Seeds})",
            File.Path, e.Message, Source.DataDirectory, Source.SeedsDirectory);
        return $"data/ and seeds/ do not verify; serving the last good store. {e.Message}";
    }

    private string? TryBuild(string contentHash, bool haveGoodStore)
    {
        ImportResult import;
        try
        {
            import = StoreInputs.Import(Source);
        }
        catch (FactsFileException e)
        {
            return InputProblem(e, haveGoodStore);
        }

        try
        {
            File.Write(import, contentHash);
            logger.LogInformation("Built the store {Path} ({Facts} facts, {Checks} checks).",
                File.Path, import.Facts.Count, import.Checks.Count);
            return null;
        }
        catch (Exception e)
            when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            if (haveGoodStore)
            {
                logger.LogError("Cannot write the store {Path} ({Reason}); serving the existing store read-only.",
                    File.Path, e.Message);
                return $"The store {File.Name} is out of date and cannot be rewritten ({WithoutFolders(e.Message)}); "
                    + "serving it read-only.";
            }
            throw new StoreUnavailableException(
                $"Cannot build the store {File.Path} ({e.Message}). "
                + "Make its folder writable, or point ConnectionStrings:Results at a writable path.");
        }
    }

    /// <summary>An I/O message may quote a full path; reports shown to users name files only.</summary>
    private string WithoutFolders(string message)
    {
        foreach (var folder in new[] { Path.GetDirectoryName(File.Path)!, Source.DataDirectory, Source.SeedsDirectory })
            message = message.Replace(
                Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        return message;
    }

    public void Dispose() => _retry?.Dispose();
}

/// <summary>The store can be neither read nor built. The message names the file and the fix.</summary>
public sealed class StoreUnavailableException(string message) : Exception(message);
