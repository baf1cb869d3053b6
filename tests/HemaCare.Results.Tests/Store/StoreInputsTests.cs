using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Tests.Store;

/// <summary>What <see cref="StoreInputs"/> refuses, called directly rather than through a store.</summary>
public sealed class StoreInputsTests : IDisposable
{
    private readonly ShippedSourcesFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Seed(string name) => Path.Combine(_folder.Source.SeedsDirectory, name);

    private static void Sized(string path, long bytes)
    {
        using var stream = File.Create(path);
        stream.SetLength(bytes);
    }

    private string[] Problems(Action act) =>
        FluentActions.Invoking(act).Should().Throw<FactsFileException>().Which.Message.Split(Environment.NewLine);

    [Fact]
    public void Missing_folders_are_named_by_their_role_each_on_its_own_line()
    {
        Directory.Delete(_folder.Source.DataDirectory, recursive: true);
        Directory.Delete(_folder.Source.SeedsDirectory, recursive: true);

        Problems(() => StoreInputs.CheckFolders(_folder.Source)).Should()
            .Equal("data/: folder not found", "seeds/: folder not found");
    }

    [Fact]
    public void A_script_of_exactly_1_MB_is_allowed_and_one_byte_more_is_refused_by_import_itself()
    {
        Sized(Seed("limit.txt"), StoreInputs.MaxSeedBytes);
        StoreInputs.CheckFolders(_folder.Source);

        Sized(Seed("limit.txt"), StoreInputs.MaxSeedBytes + 1);

        Problems(() => StoreInputs.Import(_folder.Source)).Should().Equal(
            "seeds/limit.txt: 1,048,577 bytes; a call script is about 10 KB and may be at most 1 MB (1,048,576 bytes)");
    }

    [Fact]
    public void At_most_25_problems_are_listed_and_the_rest_are_counted()
    {
        for (var i = 0; i < 25; i++) Sized(Seed($"big-{i:D2}.txt"), StoreInputs.MaxSeedBytes + 1);
        Problems(() => StoreInputs.CheckFolders(_folder.Source)).Should().HaveCount(25)
            .And.OnlyContain(line => line.StartsWith("seeds/big-", StringComparison.Ordinal));

        Sized(Seed("big-25.txt"), StoreInputs.MaxSeedBytes + 1);
        Sized(Seed("big-26.txt"), StoreInputs.MaxSeedBytes + 1);

        var listed = Problems(() => StoreInputs.CheckFolders(_folder.Source));
        listed.Should().HaveCount(26);
        listed[^1].Should().Be("… and 2 more");
    }

    [Fact]
    public void Unpaired_scripts_and_facts_files_are_listed_in_name_order_with_the_seeds_folder_named()
    {
        File.WriteAllText(Seed("b-script.txt"), "No figures.\n");
        File.WriteAllText(Seed("a-script.txt"), "No figures.\n");
        File.WriteAllText(Path.Combine(_folder.Source.DataDirectory, "d-orphan.facts.csv"), "");
        File.WriteAllText(Path.Combine(_folder.Source.DataDirectory, "c-orphan.facts.csv"), "");

        Problems(() => StoreInputs.Import(_folder.Source)).Should().StartWith(
        [
            "seeds/a-script.txt: no facts file data/a-script.facts.csv",
            "seeds/b-script.txt: no facts file data/b-script.facts.csv",
            "data/c-orphan.facts.csv: no script seeds/c-orphan.txt",
            "data/d-orphan.facts.csv: no script seeds/d-orphan.txt",
        ]).And.Contain(line => line.StartsWith("seeds/a-script.txt: not pinned in data/seeds.sha256",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Without_its_ignore_rules_every_uncited_mention_is_named_with_its_line_and_context()
    {
        File.Delete(Path.Combine(_folder.Source.DataDirectory, CoverageAudit.IgnoreFileName));

        var problems = Problems(() => StoreInputs.Import(_folder.Source));

        problems.Should().HaveCountGreaterThan(1).And.OnlyContain(line =>
            System.Text.RegularExpressions.Regex.IsMatch(line,
                @"^seeds/hemacare-2003-(annual|q2)-call-script\.txt:\d+: '[^']+' is cited by no fact and not ignored "
                + @"in data/coverage-ignore\.csv \(""….+…""\)$|^… and \d+ more$"));
    }

    [Fact]
    public void An_ignore_rule_that_matches_nothing_is_named()
    {
        File.AppendAllText(Path.Combine(_folder.Source.DataDirectory, CoverageAudit.IgnoreFileName),
            "hemacare-2003-q2-call-script,987,987 zillion,a figure no script has\n");

        Problems(() => StoreInputs.Import(_folder.Source)).Should().ContainSingle()
            .Which.Should().MatchRegex(@"^data/coverage-ignore\.csv:\d+: this rule matches no mention; remove it$");
    }
}
