using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Facts;

public sealed class IgnoreRulesAndSourceOrderTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string IgnoreFile(string row)
    {
        var path = _folder.Combine(CoverageAudit.IgnoreFileName);
        File.WriteAllText(path, string.Join(',', CoverageAudit.IgnoreHeader) + "\n" + row + "\n");
        return path;
    }

    [Theory]
    [InlineData(",11,\"August 11, 2003\",day of a date")]
    [InlineData("script,,\"August 11, 2003\",day of a date")]
    [InlineData("script,11,\"August 11, 2003\",")]
    public void An_ignore_rule_needs_a_document_a_mention_and_a_reason(string row) =>
        FluentActions.Invoking(() => CoverageAudit.ReadIgnoreRules(IgnoreFile(row)))
            .Should().Throw<FactsFileException>()
            .WithMessage("coverage-ignore.csv:2: document, mention and reason are required.");

    [Fact]
    public void An_ignore_rule_may_leave_its_context_empty()
    {
        var rule = CoverageAudit.ReadIgnoreRules(IgnoreFile("script,11,,day of a date")).Should().ContainSingle().Which;

        rule.Where.Should().Be("coverage-ignore.csv:2");
    }

    [Fact]
    public void Facts_files_and_scripts_are_listed_in_ordinal_name_order()
    {
        var source = new FactSource(_folder.Combine("data"), _folder.Combine("seeds"));
        Directory.CreateDirectory(source.DataDirectory);
        Directory.CreateDirectory(source.SeedsDirectory);
        foreach (var code in new[] { "b", "a", "B" })
        {
            File.WriteAllText(Path.Combine(source.DataDirectory, code + FactsFileReader.Suffix), "");
            File.WriteAllText(Path.Combine(source.SeedsDirectory, code + ".txt"), "");
        }

        source.FactsFiles.Select(Path.GetFileName).Should().Equal("B.facts.csv", "a.facts.csv", "b.facts.csv");
        source.SeedFiles.Select(Path.GetFileName).Should().Equal("B.txt", "a.txt", "b.txt");
    }

    [Fact]
    public void An_unaccounted_mention_reads_as_script_line_mention_and_context() =>
        new UnaccountedMention("script", 3, "11", "August 11, 2003").ToString()
            .Should().Be("script.txt:3: '11' in \"…August 11, 2003…\"");
}
