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
        checks.Where(c => c.Status == CheckStatus.Fail)
            .Select(c => $"{c.Id}: {c.Description} expected {c.Expected}, computed {c.Computed}")
            .Should().BeEmpty();
    }

    [Fact]
    public void The_shipped_checks_cover_each_rule()
    {
        var rules = FactsImport.Run(RepositoryPaths.Source).Checks.Select(c => c.Rule).Distinct();

        rules.Should().Contain(
            ["segments_sum", "programs_sum", "gross_margin", "g_and_a_ratio", "change", "components", "restated"]);
    }

    [Fact]
    public void A_check_reports_the_stated_interval_against_the_one_the_other_figures_compute()
    {
        var check = FactsImport.Run(RepositoryPaths.Source).Checks.Single(c => c.Id == "segments-sum-revenue-2003-q2");

        check.Rule.Should().Be("segments_sum");
        check.Expected.Should().Be(new Interval(6_850_000m, 6_950_000m));
        check.Computed.Low.Should().BeGreaterThan(6_850_000m);
        check.FactIds.Should()
            .Equal("q2-revenue-2003-q2", "q2-revenue-blood-products-2003-q2", "q2-revenue-blood-services-2003-q2");
    }

    [Fact]
    public void An_identity_that_only_defines_a_derived_figure_is_not_reported_as_a_check()
    {
        var ids = FactsImport.Run(RepositoryPaths.Source).Checks.Select(c => c.Id);

        // Q1 2003 net income is H1 less Q2: the identity is its definition, not a test of the statements.
        ids.Should().NotContain("flow-sum-net_income-company-2003-h1");
    }

    [Fact]
    public void A_program_revenue_that_no_longer_sums_to_its_segment_fails_exactly_that_check()
    {
        using var copy = new TemporaryDirectory();
        var source = copy.CopyShippedSources();
        // New programs' Q2 2003 revenue raised by $1,000,000 in both the script and the facts that quote it.
        var (script, facts) = Q2Files(source);
        Rewrite(script, "$573,000 in revenues", "$1,573,000 in revenues");
        Rewrite(facts, "$573,000 in revenues", "$1,573,000 in revenues");
        Rewrite(facts, ",573000,", ",1573000,");

        var checks = FactsImport.Run(source).Checks;

        checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Id)
            .Should().BeEquivalentTo("programs-sum-revenue-blood-products-2003-q2");
        checks.Single(c => c.Id == "programs-sum-revenue-blood-products-2003-q2").FactIds
            .Should().Contain(["q2-revenue-blood-products-2003-q2", "q2-revenue-new-programs-2003-q2"]);
    }

    [Fact]
    public void A_dollar_change_that_contradicts_its_two_levels_fails_exactly_that_change_check()
    {
        using var copy = new TemporaryDirectory();
        var source = copy.CopyShippedSources();
        // Q2 G&A fell from $1,018,000 to $832,000; the script is made to say by $286,000.
        var (script, facts) = Q2Files(source);
        Rewrite(script, "of $186,000 reflects", "of $286,000 reflects");
        Rewrite(facts, "decrease of $186,000", "decrease of $286,000");
        Rewrite(facts, ",-186000,", ",-286000,");

        var import = FactsImport.Run(source);

        var failed = import.Checks.Where(c => c.Status == CheckStatus.Fail).ToList();
        failed.Select(c => c.Id).Should().Equal("change-g_and_a_change-company-2003-q2");
        failed[0].Expected.Should().Be(new Interval(-286_500m, -285_500m));
        failed[0].Computed.Should().Match<Interval>(i => i.Low > -188_000m && i.High < -184_000m);
        failed[0].FactIds.Should().Equal("q2-g-and-a-change-2003-q2", "q2-g-and-a-2003-q2", "q2-g-and-a-2002-q2");
        import.Facts.Should()
            .Contain(f => f.Id == "d-g-and-a-change-pct-company-2003-q2", "the other figures still derive");
    }

    /// <summary>The Q2 2003 call script and its facts file in <paramref name="source"/>.</summary>
    private static (string Script, string Facts) Q2Files(FactSource source) =>
        (Path.Combine(source.SeedsDirectory, "hemacare-2003-q2-call-script.txt"),
            Path.Combine(source.DataDirectory, "hemacare-2003-q2-call-script.facts.csv"));

    private static void Rewrite(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        text.Should().Contain(from);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
