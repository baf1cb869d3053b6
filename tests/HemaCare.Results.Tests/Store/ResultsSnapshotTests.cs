using HemaCare.Results.Checks;
using HemaCare.Results.Facts;
using HemaCare.Results.Store;

namespace HemaCare.Results.Tests.Store;

public sealed class ResultsSnapshotTests
{
    // Per test, not static: a mutation-testing run then sees which test reached which code.
    private readonly ImportResult _shipped = StoreInputs.Import(RepositoryPaths.Source);

    private ResultsSnapshot Snapshot(IReadOnlyList<ReconciliationCheck>? checks = null) =>
        new("v", _shipped.Facts, _shipped.Documents, checks ?? _shipped.Checks);

    [Fact]
    public void Reported_periods_are_the_ones_the_scripts_report_on_not_their_prior_year_comparisons()
    {
        // Q2 2003 from the Q2 script; Q4 2003 and full-year 2003 from the annual script. Their 2002 columns are
        // comparisons, and no script states a company revenue for Q1 or Q3 2003.
        Snapshot().ReportedPeriods.Select(p => p.Code).Should().Equal("2003-Q2", "2003-Q4", "2003-FY");
    }

    [Fact]
    public void Periods_are_every_period_with_a_figure_oldest_first()
    {
        var periods = Snapshot().Periods;

        periods.Select(p => p.Code).Should().BeEquivalentTo(_shipped.Facts.Select(f => f.Period).Distinct());
        periods.Select(p => p.SortKey).Should().BeInAscendingOrder();
        periods[0].Code.Should().StartWith("2002");
        periods[^1].Code.Should().StartWith("2003");
    }

    [Fact]
    public void Periods_and_scripts_are_found_by_their_exact_code_only()
    {
        var snapshot = Snapshot();

        snapshot.FindPeriod("2003-Q2")!.Code.Should().Be("2003-Q2");
        snapshot.FindPeriod("2003-q2").Should().BeNull();
        snapshot.FindPeriod("2099-Q1").Should().BeNull();
        snapshot.FindDocument("hemacare-2003-q2-call-script")!.Code.Should().Be("hemacare-2003-q2-call-script");
        snapshot.FindDocument("no-such-script").Should().BeNull();
    }

    [Fact]
    public void All_checks_pass_only_when_none_fails()
    {
        var failing = _shipped.Checks[0] with { Status = CheckStatus.Fail };

        Snapshot().AllChecksPass.Should().BeTrue();
        Snapshot([.. _shipped.Checks.Skip(1), failing]).AllChecksPass.Should().BeFalse();
    }

    [Fact]
    public void A_memo_is_built_once_and_the_same_instance_is_returned_after()
    {
        var snapshot = Snapshot();
        var builds = 0;
        object Build() { builds++; return new object(); }

        var first = snapshot.Memo("key", Build);

        snapshot.Memo("key", Build).Should().BeSameAs(first);
        snapshot.Memo("other", Build).Should().NotBeSameAs(first);
        builds.Should().Be(2);
    }
}
