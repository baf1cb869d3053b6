using HemaCare.Results.Checks;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Checks;

public class ReconciliationTests
{
    [Fact]
    public void Every_check_on_the_shipped_data_passes()
    {
        var checks = FactsImport.Run(RepositoryPaths.Source).Checks;

        checks.Should().HaveCountGreaterThan(10);
        checks.Where(c => c.Status == CheckStatus.Fail).Select(c => $"{c.Id}: {c.Description} expected {c.Expected}, computed {c.Computed}")
            .Should().BeEmpty();
    }

    [Fact]
    public void The_shipped_checks_cover_each_rule()
    {
        var rules = FactsImport.Run(RepositoryPaths.Source).Checks.Select(c => c.Rule).Distinct();

        rules.Should().Contain(["segments_sum", "programs_sum", "change", "restated"]);
    }

    [Fact]
    public void A_program_revenue_that_no_longer_sums_to_its_segment_fails_exactly_that_check()
    {
        using var copy = new TemporaryDirectory();
        var source = copy.CopyShippedSources();
        // New programs' Q2 2003 revenue raised by $1,000,000 in both the script and the facts that quote it.
        Rewrite(Path.Combine(source.SeedsDirectory, "hemacare-2003-q2-call-script.txt"), "$573,000 in revenues", "$1,573,000 in revenues");
        Rewrite(Path.Combine(source.DataDirectory, "hemacare-2003-q2-call-script.facts.csv"), "$573,000 in revenues", "$1,573,000 in revenues");
        Rewrite(Path.Combine(source.DataDirectory, "hemacare-2003-q2-call-script.facts.csv"), ",573000,", ",1573000,");

        var checks = FactsImport.Run(source).Checks;

        checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Id)
            .Should().BeEquivalentTo("programs-sum-revenue-blood-products-2003-q2");
        checks.Single(c => c.Id == "programs-sum-revenue-blood-products-2003-q2").FactIds
            .Should().Contain(["q2-revenue-blood-products-2003-q2", "q2-revenue-new-programs-2003-q2"]);
    }

    private static void Rewrite(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        text.Should().Contain(from);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
