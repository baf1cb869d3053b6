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
        report.UnusedRules.Select(r => r.Where).Should().BeEmpty("a rule that matches nothing hides nothing and should go");
    }

    [Fact]
    public void Seeds_are_the_shared_call_scripts_byte_for_byte()
    {
        var shared = Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds");
        if (!Directory.Exists(shared)) return; // a clone without shared/ beside it has nothing to compare against
        foreach (var file in Directory.GetFiles(shared))
            File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, Path.GetFileName(file))).Should().Equal(File.ReadAllBytes(file));
    }
}
