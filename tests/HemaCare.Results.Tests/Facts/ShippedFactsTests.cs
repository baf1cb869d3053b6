using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Facts;

public class ShippedFactsTests
{
    [Fact]
    public void Every_shipped_fact_verifies_against_its_script()
    {
        var (_, verified) = RepositoryPaths.Source.LoadVerified();

        verified.Facts.Should().HaveCountGreaterThan(100);
        verified.Facts.Select(f => f.Document).Distinct().Should().BeEquivalentTo(
            "hemacare-2003-q2-call-script", "hemacare-2003-annual-call-script");
    }

    [Fact]
    public void Every_numeric_mention_in_the_scripts_is_cited_or_ignored_with_a_reason()
    {
        var (documents, verified) = RepositoryPaths.Source.LoadVerified();
        var rules = CoverageAudit.ReadIgnoreRules(Path.Combine(RepositoryPaths.Data, CoverageAudit.IgnoreFileName));

        var report = CoverageAudit.Audit(documents.Values, verified.Citations, rules);

        report.Unaccounted.Select(u => u.ToString()).Should().BeEmpty();
        report.UnusedRules.Select(r => r.Where).Should()
            .BeEmpty("a rule that matches nothing hides nothing and should go");
    }

    [Fact]
    public void Seeds_are_the_shared_call_scripts_byte_for_byte()
    {
        // The published scripts live beside the repository in shared/seeds (or where HEMACARE_SHARED_SEEDS says);
        // without them this test has nothing to compare against, and that is a failure, not a pass.
        var shared = Environment.GetEnvironmentVariable("HEMACARE_SHARED_SEEDS") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds"));
        Directory.Exists(shared).Should()
            .BeTrue($"the shared call scripts should be at {shared} (set HEMACARE_SHARED_SEEDS)");
        var published = Directory.GetFiles(shared).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        published.Should().NotBeEmpty();
        Directory.GetFiles(RepositoryPaths.Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal(published);
        foreach (var name in published)
            File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, name!)).Should()
                .Equal(File.ReadAllBytes(Path.Combine(shared, name!)), name);
    }
}
