using HemaCare.Results.Checks;
using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Checks;

public class RestatedRuleTests
{
    private static Fact Stated(string id, string document, decimal low, decimal high, string segment = "") =>
        new(id, "2003-Q2", segment, "", "net_income", (low + high) / 2, "usd", -3, "", Basis.Stated, document,
            "quote", new QuoteSpan(0, 5), null, [], low, high);

    [Fact]
    public void A_figure_stated_twice_in_one_script_is_checked_against_its_first_statement()
    {
        var index = new FactIndex(
            [Stated("first", "q2", -272_500m, -271_500m), Stated("again", "q2", -272_400m, -271_400m)]);

        var check = RestatedRule.Run(index).Should().ContainSingle().Subject;

        check.Id.Should().Be("restated-again");
        check.Rule.Should().Be("restated");
        check.Period.Should().Be("2003-Q2");
        check.Description.Should()
            .Be("Company net income (loss), Q2 2003, stated twice in one script: the statements agree");
        check.Status.Should().Be(CheckStatus.Pass);
        check.Expected.Should().Be(new Interval(-272_500m, -271_500m));
        check.Computed.Should().Be(new Interval(-272_400m, -271_400m));
        check.FactIds.Should().Equal("first", "again");
    }

    [Fact]
    public void Statements_in_two_scripts_that_only_touch_agree_and_ones_apart_fail()
    {
        var index = new FactIndex([
            Stated("first", "q2", 100m, 200m),
            Stated("touching", "annual", 200m, 300m),
            Stated("apart", "annual", 200.01m, 300m),
        ]);

        var checks = RestatedRule.Run(index).ToList();

        checks.Select(c => (c.Id, c.Status)).Should().Equal(
            ("restated-touching", CheckStatus.Pass), ("restated-apart", CheckStatus.Fail));
        checks[0].Description.Should()
            .Be("Company net income (loss), Q2 2003, stated in both scripts: the statements agree");
        checks.Should().OnlyContain(c => c.Expected == new Interval(100m, 200m));
    }

    [Fact]
    public void A_figure_stated_once_or_derived_again_has_no_restated_check()
    {
        var derived = Stated("d-net-income", "q2", 0m, 1m) with { Basis = Basis.Derived, Document = null };
        var index = new FactIndex([
            Stated("company", "q2", 1m, 2m), Stated("segment", "q2", 5m, 6m, segment: "Blood products"), derived,
        ]);

        RestatedRule.Run(index).Should().BeEmpty();
    }

    [Fact]
    public void Failed_checks_come_first_then_checks_by_id()
    {
        var index = new FactIndex([
            Stated("a", "q2", 1m, 2m), Stated("c", "q2", 1m, 2m),
            Stated("b", "q2", 5m, 6m), Stated("d", "q2", 1.5m, 3m),
        ]);

        var checks = CheckRules.Run(index, new InferenceResult([], []));

        checks.Select(c => c.Id).Should().Equal("restated-b", "restated-c", "restated-d");
        checks[0].Status.Should().Be(CheckStatus.Fail);
    }
}
