using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using Microsoft.Extensions.Logging;

namespace HemaCare.Results.Tests.Store;

public sealed class ResultsStoreTests : IDisposable
{
    private readonly ShippedSourcesFolder _folder = new();
    private readonly ListLogger<ResultsStore> _log = new();

    public void Dispose() => _folder.Dispose();

    private string DatabasePath => _folder.DatabasePath;

    private ResultsStore OpenStore(string? databasePath = null) =>
        new(new ResultsStoreOptions(databasePath ?? DatabasePath, _folder.Source.DataDirectory, _folder.Source.SeedsDirectory), _log);

    private string QuarterFactsFile => Path.Combine(_folder.Source.DataDirectory, "hemacare-2003-q2-call-script.facts.csv");

    [Fact]
    public void Building_renames_a_finished_temporary_file_and_leaves_none_behind()
    {
        var snapshot = OpenStore().Refresh();

        File.Exists(DatabasePath).Should().BeTrue();
        Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!).Select(Path.GetFileName)
            .Should().NotContain(name => name!.Contains(".tmp-"));
        snapshot.Facts.Should().HaveCountGreaterThan(100);
        snapshot.Version.Should().Be(StoreFile.ContentHash(_folder.Source));
    }

    [Fact]
    public void A_second_refresh_with_the_same_inputs_does_not_rebuild()
    {
        OpenStore().Refresh();
        var builtAt = File.GetLastWriteTimeUtc(DatabasePath);
        var bytes = File.ReadAllBytes(DatabasePath);

        var again = OpenStore().Refresh();

        File.GetLastWriteTimeUtc(DatabasePath).Should().Be(builtAt);
        File.ReadAllBytes(DatabasePath).Should().Equal(bytes);
        again.Version.Should().Be(StoreFile.ContentHash(_folder.Source));
    }

    [Fact]
    public void A_changed_facts_file_rebuilds_the_store()
    {
        var store = OpenStore();
        var before = store.Refresh();
        File.AppendAllText(QuarterFactsFile,
            "q2-extra-revenue-2003-q2,2003-Q2,,,revenue,6900000,usd,,"
            + "Revenues during the most recent quarter were $6.9 million\n");

        var after = store.Refresh();

        after.Version.Should().NotBe(before.Version).And.Be(StoreFile.ContentHash(_folder.Source));
        after.FactsById.Should().ContainKey("q2-extra-revenue-2003-q2");
        store.Problem.Should().BeNull();
    }

    [Fact]
    public void A_seed_changed_by_one_byte_rebuilds_the_store()
    {
        var store = OpenStore();
        var before = store.Refresh();
        var bytes = File.ReadAllBytes(DatabasePath);
        var seed = Path.Combine(_folder.Source.SeedsDirectory, "hemacare-2003-q2-call-script.txt");
        var pinned = SeedManifest.HashOf(seed);
        File.AppendAllText(seed, " ");
        // The manifest pins every script; a changed script is only taken with its new hash.
        var manifest = Path.Combine(_folder.Source.DataDirectory, SeedManifest.FileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(pinned, SeedManifest.HashOf(seed)));

        var after = store.Refresh();

        after.Version.Should().NotBe(before.Version).And.Be(StoreFile.ContentHash(_folder.Source));
        new StoreFile(DatabasePath).ReadContentHash().Should().Be(after.Version);
        File.ReadAllBytes(DatabasePath).Should().NotEqual(bytes, "the store file is rebuilt, not only re-read");
        store.Problem.Should().BeNull();
    }

    [Fact]
    public void A_store_built_under_the_previous_schema_version_is_rebuilt()
    {
        OpenStore().Refresh();
        var older = StoreFile.ContentHash(_folder.Source, StoreFile.SchemaVersion - 1);
        older.Should().NotBe(StoreFile.ContentHash(_folder.Source), "the schema version is part of the hash");
        // Same inputs, but written under the previous schema version: its recorded hash is the older one.
        new StoreFile(DatabasePath).Write(FactsImport.Run(_folder.Source), older);
        var bytes = File.ReadAllBytes(DatabasePath);

        var snapshot = OpenStore().Refresh();

        snapshot.Version.Should().Be(StoreFile.ContentHash(_folder.Source));
        new StoreFile(DatabasePath).ReadContentHash().Should().Be(StoreFile.ContentHash(_folder.Source));
        File.ReadAllBytes(DatabasePath).Should().NotEqual(bytes);
    }

    [Fact]
    public void A_bad_facts_file_keeps_serving_the_last_good_store_and_names_the_row()
    {
        var store = OpenStore();
        var good = store.Refresh();
        var bytes = File.ReadAllBytes(DatabasePath);
        var lines = File.ReadAllLines(QuarterFactsFile);
        lines[1] = lines[1].Replace("-272000", "-273000", StringComparison.Ordinal);
        File.WriteAllLines(QuarterFactsFile, lines);

        var served = store.Refresh();

        served.Version.Should().Be(good.Version);
        served.Facts.Should().HaveCount(good.Facts.Count);
        store.Current.Should().BeSameAs(served);
        File.ReadAllBytes(DatabasePath).Should().Equal(bytes);
        store.Problem.Should().StartWith("data/ and seeds/ do not verify; serving the last good store. ")
            .And.Contain("hemacare-2003-q2-call-script.facts.csv:2: the quote does not state -273000");
        _log.Entries.Should().Contain(e => e.Level == LogLevel.Error
            && e.Message.StartsWith(
                $"data/ and seeds/ do not verify; serving the last good store {DatabasePath}.\n", StringComparison.Ordinal)
            && e.Message.Contains("the quote does not state -273000")
            && e.Message.EndsWith($"(data: {_folder.Source.DataDirectory}, seeds: {_folder.Source.SeedsDirectory})",
                StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_facts_file_with_no_store_to_fall_back_on_is_unavailable_naming_the_row()
    {
        File.AppendAllText(QuarterFactsFile, "broken,2003-Q9,,,revenue,1,usd,,x\n");

        FluentActions.Invoking(() => OpenStore().Refresh()).Should().Throw<StoreUnavailableException>()
            .Which.Message.Should().StartWith($"Cannot build the store {DatabasePath}: data/ and seeds/ do not verify.\n")
            .And.MatchRegex(@"hemacare-2003-q2-call-script\.facts\.csv:\d+: unknown period '2003-Q9'")
            .And.EndWith($"(data: {_folder.Source.DataDirectory}, seeds: {_folder.Source.SeedsDirectory}) "
                + "Fix what is named above and start again.");
        File.Exists(DatabasePath).Should().BeFalse();
    }

    [Fact]
    public void Each_refresh_announces_the_snapshot_it_swapped_in()
    {
        var store = OpenStore();
        var announced = new List<ResultsSnapshot>();
        store.Changed += announced.Add;

        var first = store.Refresh();
        var second = store.Refresh();

        announced.Should().Equal(first, second);
        store.Current.Should().BeSameAs(second);
    }

    [Fact]
    public void A_corrupt_database_file_is_rebuilt_with_a_warning()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        File.WriteAllBytes(DatabasePath, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 251))]);

        var snapshot = OpenStore().Refresh();

        snapshot.Facts.Should().HaveCountGreaterThan(100);
        new StoreFile(DatabasePath).ReadContentHash().Should().Be(StoreFile.ContentHash(_folder.Source));
        _log.Entries.Should().Contain(e => e.Level == LogLevel.Warning
            && e.Message.Contains(DatabasePath) && e.Message.Contains("Rebuilding"));
    }

    [Fact]
    public void An_unwritable_folder_with_no_store_is_unavailable_naming_the_file()
    {
        // Running as root, permissions do not stop writes; a regular file where the folder should be does.
        var blocker = _folder.Combine("not-a-folder.txt");
        File.WriteAllText(blocker, "a file, not a folder");
        var path = Path.Combine(blocker, "store.db");

        FluentActions.Invoking(() => OpenStore(path).Refresh()).Should().Throw<StoreUnavailableException>()
            .Which.Message.Should().Contain(path).And.Contain("writable");
    }
}
