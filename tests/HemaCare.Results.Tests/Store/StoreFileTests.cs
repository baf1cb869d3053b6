using HemaCare.Results.Facts;
using HemaCare.Results.Store;
using Microsoft.Data.Sqlite;

namespace HemaCare.Results.Tests.Store;

public sealed class StoreFileTests : IDisposable
{
    private readonly ShippedSourcesFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string DatabasePath => _folder.DatabasePath;

    private StoreFile BuiltStore()
    {
        var file = new StoreFile(DatabasePath);
        file.Write(StoreInputs.Import(_folder.Source), StoreFile.ContentHash(_folder.Source));
        return file;
    }

    private List<string> Column(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetValue(0).ToString()!);
        return values;
    }

    [Fact]
    public void Facts_checks_and_scripts_read_back_exactly_as_imported_and_in_the_same_order()
    {
        var import = StoreInputs.Import(_folder.Source);
        var file = new StoreFile(DatabasePath);
        file.Write(import, "a-hash");

        var snapshot = file.Load();

        snapshot.Version.Should().Be("a-hash");
        snapshot.Facts.Should().BeEquivalentTo(import.Facts, o => o.WithStrictOrdering());
        snapshot.Facts.Should().Contain(f => f.Span != null && f.Span.Length > 0)
            .And.Contain(f => f.Inputs.Count > 1).And.Contain(f => f.Qualifier.Length > 0);
        snapshot.Checks.Should().BeEquivalentTo(import.Checks, o => o.WithStrictOrdering());
        snapshot.Documents.Select(d => (d.Code, d.Text)).Should()
            .Equal(import.Documents.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => (d.Code, d.Text)));
        snapshot.Documents.Should().HaveCount(2);
    }

    [Fact]
    public void The_store_file_keys_facts_by_id_and_spells_basis_and_status_as_the_api_does()
    {
        BuiltStore();

        Column("SELECT DISTINCT Basis FROM Facts ORDER BY Basis").Should().Equal("derived", "stated");
        Column("SELECT DISTINCT Status FROM Checks").Should().Equal("pass");
        Column("SELECT name FROM pragma_table_info('Facts') WHERE pk = 1").Should().Equal("Id");
        Column("SELECT name FROM pragma_table_info('Checks') WHERE pk = 1").Should().Equal("Id");
        Column("SELECT name FROM pragma_index_info((SELECT name FROM pragma_index_list('Facts') "
            + "WHERE origin = 'c'))").Should().Equal("Period", "Metric");
        Column("SELECT Key FROM StoreInfo ORDER BY Key").Should().Equal("built_at", "content_hash");
    }

    [Fact]
    public void A_built_store_uses_a_rollback_journal_so_it_opens_in_a_read_only_folder()
    {
        BuiltStore();

        Column("PRAGMA journal_mode").Should().Equal("delete");
        Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!).Select(Path.GetFileName)
            .Should().Equal("results.db");
    }

    [Fact]
    public void A_store_without_its_content_hash_is_corrupt_and_loads_with_an_empty_version()
    {
        var file = BuiltStore();
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM StoreInfo WHERE Key = 'content_hash'";
            command.ExecuteNonQuery();
        }

        FluentActions.Invoking(file.ReadContentHash).Should().Throw<StoreCorruptException>()
            .WithMessage($"The store {DatabasePath} cannot be read (it has no content hash).");
        file.Load().Version.Should().BeEmpty();
    }

    [Fact]
    public void Loading_a_missing_store_is_reported_as_unreadable_and_creates_no_file()
    {
        var file = new StoreFile(DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);

        file.ReadContentHash().Should().BeNull();
        FluentActions.Invoking(file.Load).Should().Throw<StoreCorruptException>();
        File.Exists(DatabasePath).Should().BeFalse();
    }

    [Fact]
    public void A_write_that_cannot_replace_the_store_leaves_no_temporary_file()
    {
        Directory.CreateDirectory(DatabasePath); // a folder where the file should go: the final rename fails
        var file = new StoreFile(DatabasePath);

        FluentActions.Invoking(() => file.Write(StoreInputs.Import(_folder.Source), "a-hash")).Should().Throw<IOException>();

        Directory.GetFileSystemEntries(Path.GetDirectoryName(DatabasePath)!).Select(Path.GetFileName)
            .Should().Equal("results.db");
    }

    [Fact]
    public void The_content_hash_covers_the_ignore_rules_and_the_file_names()
    {
        var before = StoreFile.ContentHash(_folder.Source);
        var ignoreRules = Path.Combine(_folder.Source.DataDirectory, CoverageAudit.IgnoreFileName);
        File.AppendAllText(ignoreRules, "\n");
        var afterRuleEdit = StoreFile.ContentHash(_folder.Source);
        var facts = _folder.Source.FactsFiles[0]; // renamed so that it still sorts first: only its name changes
        File.Move(facts, facts.Replace(FactsFileReader.Suffix, "x" + FactsFileReader.Suffix, StringComparison.Ordinal));

        afterRuleEdit.Should().NotBe(before);
        StoreFile.ContentHash(_folder.Source).Should().NotBe(afterRuleEdit);
        StoreFile.ContentHash(_folder.Source, StoreFile.SchemaVersion + 1).Should().NotBe(StoreFile.ContentHash(_folder.Source));
    }
}
