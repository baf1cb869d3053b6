using System.Diagnostics;
using HemaCare.Results.Facts;
using HemaCare.Results.Sources;
using HemaCare.Results.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace HemaCare.Results.Tests.Store;

/// <summary>
/// Faults in what the store is built from (data/, seeds/) and in the file it is built into. Each keeps the last
/// good store, names the file and the reason, and never passes lost data off as a good build.
/// </summary>
public sealed class StoreInputFaultTests : IDisposable
{
    private const string Q2 = "hemacare-2003-q2-call-script";
    private const string Manifest = "seeds.sha256";

    private readonly ShippedSourcesFolder _folder = new();
    private readonly ListLogger<ResultsStore> _log = new();

    public void Dispose() => _folder.Dispose();

    private string DatabasePath => _folder.DatabasePath;

    private string Q2Facts => Path.Combine(_folder.Source.DataDirectory, Q2 + FactsFileReader.Suffix);

    private string Q2Seed => Path.Combine(_folder.Source.SeedsDirectory, Q2 + SourceDocument.Extension);

    private ResultsStore OpenStore(string? databasePath = null) =>
        new(new ResultsStoreOptions(databasePath ?? DatabasePath, _folder.Source.DataDirectory, _folder.Source.SeedsDirectory), _log);

    private (ResultsStore Store, ResultsSnapshot Good) OpenGoodStore()
    {
        var store = OpenStore();
        var good = store.Refresh();
        store.Problem.Should().BeNull();
        return (store, good);
    }

    /// <summary>A valid change to data/: one more fact citing an already cited figure.</summary>
    private void AddAFact() => File.AppendAllText(Q2Facts,
        "q2-extra-revenue-2003-q2,2003-Q2,,,revenue,6900000,usd,,"
        + "Revenues during the most recent quarter were $6.9 million\n");

    /// <summary>A facts file with its header and no rows.</summary>
    private static string HeaderOnly => string.Join(',', FactsFileReader.Header) + "\n";

    private static void ShouldStillServe(ResultsStore store, ResultsSnapshot good)
    {
        store.Current.Version.Should().Be(good.Version);
        store.Current.Facts.Should().HaveCount(good.Facts.Count);
    }

    [Fact]
    public void A_facts_file_truncated_to_its_header_keeps_the_last_good_store_and_names_the_uncited_figures()
    {
        var (store, good) = OpenGoodStore();
        File.WriteAllText(Q2Facts, HeaderOnly);

        store.Refresh();

        ShouldStillServe(store, good);
        store.Problem.Should().Contain($"{Q2}.txt:").And.Contain("cited by no fact");
    }

    [Fact]
    public void A_deleted_facts_file_keeps_the_last_good_store_and_names_the_script_left_without_one()
    {
        var (store, good) = OpenGoodStore();
        File.Delete(Q2Facts);

        store.Refresh();

        ShouldStillServe(store, good);
        store.Problem.Should().Contain($"{Q2}.txt: no facts file data/{Q2}.facts.csv");
    }

    [Fact]
    public void A_facts_file_without_its_script_is_refused_even_when_it_has_no_rows()
    {
        var (store, good) = OpenGoodStore();
        File.WriteAllText(Path.Combine(_folder.Source.DataDirectory, "orphan.facts.csv"), HeaderOnly);

        store.Refresh();

        ShouldStillServe(store, good);
        store.Problem.Should().Contain("orphan.facts.csv: no script seeds/orphan.txt");
    }

    [Fact]
    public void A_published_script_edited_outside_any_quote_is_refused_by_its_pinned_hash()
    {
        var (store, good) = OpenGoodStore();
        File.AppendAllText(Q2Seed, "\nAn edit that touches no quote and no figure.\n");

        store.Refresh();

        ShouldStillServe(store, good);
        store.Problem.Should().Contain($"{Q2}.txt").And.Contain(Manifest).And.Contain("SHA-256");
    }

    [Fact]
    public void A_new_script_not_pinned_in_the_manifest_is_refused()
    {
        var (store, good) = OpenGoodStore();
        File.WriteAllText(Path.Combine(_folder.Source.SeedsDirectory, "extra.txt"), "A script with no figures in it.\n");
        File.WriteAllText(Path.Combine(_folder.Source.DataDirectory, "extra.facts.csv"), HeaderOnly);

        store.Refresh();

        ShouldStillServe(store, good);
        store.Problem.Should().Contain("extra.txt: not pinned in data/" + Manifest);
    }

    [Fact]
    public void A_missing_manifest_with_no_store_to_fall_back_on_is_unavailable_naming_it()
    {
        File.Delete(Path.Combine(_folder.Source.DataDirectory, Manifest));

        FluentActions.Invoking(() => OpenStore().Refresh()).Should().Throw<StoreUnavailableException>()
            .Which.Message.Should().Contain(Manifest);
    }

    [Fact]
    public void A_seed_over_1_MB_is_refused_naming_the_file_and_the_limit()
    {
        var huge = Path.Combine(_folder.Source.SeedsDirectory, "huge.txt");
        File.WriteAllText(huge, new string('a', 1_048_576) + "!");
        File.WriteAllText(Path.Combine(_folder.Source.DataDirectory, "huge.facts.csv"), HeaderOnly);

        FluentActions.Invoking(() => OpenStore().Refresh()).Should().Throw<StoreUnavailableException>()
            .Which.Message.Should().Contain("huge.txt: 1,048,577 bytes").And.Contain("1 MB");
    }

    [Fact]
    public void Reading_a_1_MB_script_allocates_in_proportion_to_its_size()
    {
        var script = File.ReadAllText(Q2Seed);
        var text = string.Concat(Enumerable.Repeat(script, 1_000_000 / script.Length + 1))[..1_000_000];
        _ = new SourceDocument("warm-up", script);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = new SourceDocument("big", text);
        var lines = document.Mentions.Sum(m => document.LineOf(m.Start));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        document.Mentions.Should().HaveCountGreaterThan(10_000);
        lines.Should().BePositive();
        allocated.Should().BeLessThan(64L * text.Length, "a scan linear in the text allocates a small multiple of it");
    }

    [Fact]
    public void A_missing_seeds_folder_keeps_serving_the_last_good_store_and_names_the_folder()
    {
        var (store, good) = OpenGoodStore();
        Directory.Delete(_folder.Source.SeedsDirectory, recursive: true);

        store.Refresh();

        ShouldStillServe(store, good);
        store.Problem.Should().Contain("seeds/: folder not found");
    }

    [Fact]
    public void A_missing_data_folder_with_no_store_is_unavailable_naming_the_folder()
    {
        Directory.Delete(_folder.Source.DataDirectory, recursive: true);

        FluentActions.Invoking(() => OpenStore().Refresh()).Should().Throw<StoreUnavailableException>()
            .Which.Message.Should().Contain("data/: folder not found");
    }

    [Fact]
    public async Task A_store_locked_by_another_process_keeps_the_snapshot_retries_and_logs_once_without_rebuilding()
    {
        var (store, good) = OpenGoodStore();
        AddAFact();
        using (var holder = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            holder.Open();
            using (var begin = holder.CreateCommand())
            {
                // The store is in WAL mode, where only an exclusive locking mode with a write shuts readers out.
                begin.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE held(x);";
                begin.ExecuteNonQuery();
            }

            var clock = Stopwatch.StartNew();
            store.Refresh();
            store.Refresh();
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "a lock is not waited out for 30 s");

            store.Current.Should().BeSameAs(good);
            store.Problem.Should().Contain("locked");
            _log.Entries.Where(e => e.Message.Contains("locked")).Should().ContainSingle("the lock is logged once");
            _log.Entries.Should().NotContain(e => e.Message.Contains("Rebuilding"));
            _log.Entries.Should().NotContain(e => e.Message.Contains("no longer locked"));
            using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        for (var waited = 0; store.Problem is not null && waited < 300; waited++) await Task.Delay(100);
        store.Problem.Should().BeNull("the store retries by itself once the lock is gone");
        store.Current.Version.Should().NotBe(good.Version).And.Be(StoreFile.ContentHash(_folder.Source));
        _log.Entries.Should().Contain((LogLevel.Information, $"The store {DatabasePath} is no longer locked."));
    }

    [Fact]
    public void Temporary_files_left_by_a_killed_build_are_removed_at_start_but_a_build_in_progress_is_not()
    {
        var folder = Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!).FullName;
        var stale = Path.Combine(folder, ".results.db.tmp-0123456789abcdef0123456789abcdef");
        var staleJournal = stale + "-journal";
        var fresh = Path.Combine(folder, ".results.db.tmp-fedcba9876543210fedcba9876543210");
        foreach (var file in new[] { stale, staleJournal, fresh }) File.WriteAllText(file, "half a store");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(staleJournal, DateTime.UtcNow.AddHours(-1));

        var store = OpenStore();
        store.Refresh();

        File.Exists(stale).Should().BeFalse();
        File.Exists(staleJournal).Should().BeFalse();
        File.Exists(fresh).Should().BeTrue("another process may be writing it right now");
        _log.Entries.Should().Contain((LogLevel.Information,
            $"Removed 2 temporary files left beside {DatabasePath} by killed builds."));

        File.WriteAllText(stale, "left after start");
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        AddAFact();
        store.Refresh();
        File.Exists(stale).Should().BeTrue("leftovers are cleared once, at start");
    }

    [Fact]
    public void A_store_that_cannot_be_rewritten_is_reported_by_file_name_only()
    {
        // Its temporary file's name (".{name}.tmp-{32 hex}") is over the 255-byte limit, so a rebuild cannot be
        // written; this holds even for root, for whom folder permissions do not stop writes.
        var shortPath = _folder.Combine("store", "short.db");
        OpenStore(shortPath).Refresh();
        SqliteConnection.ClearAllPools();
        var longName = new string('s', 230) + ".db";
        var longPath = _folder.Combine("store", longName);
        File.Move(shortPath, longPath);
        AddAFact();

        var store = OpenStore(longPath);
        store.Refresh();

        store.Problem.Should().StartWith($"The store {longName} is out of date and cannot be rewritten (")
            .And.EndWith("); serving it read-only.").And.NotContain(_folder.Path);
        _log.Entries.Should().Contain(e => e.Level == LogLevel.Error
            && e.Message.StartsWith($"Cannot write the store {longPath} (", StringComparison.Ordinal)
            && e.Message.EndsWith("); serving the existing store read-only.", StringComparison.Ordinal));
    }
}
