using HemaCare.Results.Checks;
using HemaCare.Results.Facts;
using HemaCare.Results.Vocabulary;

namespace HemaCare.Results.Tests.Vocabulary;

public sealed class MetricsTests
{
    [Fact]
    public void Every_metric_has_a_label_and_one_definition_and_no_two_share_a_label_and_unit()
    {
        Metrics.All.Should().OnlyContain(m => m.Label.Length > 0 && Units.All.Contains(m.Unit));
        Metrics.All.Select(m => m.Code).Should().OnlyHaveUniqueItems();
        Metrics.All.Select(m => (m.Label, m.Unit)).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData(Metrics.NetIncome, "Net income (loss)")]
    [InlineData(Metrics.GrossMarginChangePp, "Gross margin change (points)")]
    [InlineData(Metrics.GAndAPctOfRevenue, "G&A as % of revenue")]
    [InlineData(Metrics.DaysSalesOutstanding, "Days sales outstanding")]
    [InlineData("not_a_metric", "not_a_metric")]
    public void A_metric_is_labelled_as_pages_show_it_and_an_unknown_code_as_itself(string code, string label) =>
        Metrics.LabelOf(code).Should().Be(label);

    [Fact]
    public void Every_change_family_is_defined_with_its_difference_in_the_levels_unit_and_its_ratio_in_percent()
    {
        foreach (var family in Metrics.Changes)
        {
            var level = Metrics.Find(family.Level)!;
            var differenceUnit = level.Unit == Units.Percent ? Units.PercentagePoints : level.Unit;
            Metrics.Find(family.Difference)!.Unit.Should().Be(differenceUnit, family.Difference);
            if (family.Relative is not null) Metrics.Find(family.Relative)!.Unit.Should().Be(Units.Percent);
            Metrics.FamilyOf(family.Level).Should().BeSameAs(family);
            Metrics.FamilyOf(family.Difference).Should().BeSameAs(family);
            if (family.Relative is not null) Metrics.FamilyOf(family.Relative).Should().BeSameAs(family);
        }
        Metrics.FamilyOf(Metrics.Procedures).Should().BeNull();
        Metrics.Find("not_a_metric").Should().BeNull();
    }

    [Theory]
    [InlineData(Metrics.Revenue, true)]
    [InlineData(Metrics.RevenueChange, true)]
    [InlineData(Metrics.RevenueChangePct, true)]
    [InlineData(Metrics.GrossProfit, true)]
    [InlineData(Metrics.GrossMarginPct, true)]
    [InlineData(Metrics.GrossMarginChangePp, true)]
    [InlineData(Metrics.NetIncome, true)]
    [InlineData(Metrics.EpsBasic, true)]
    [InlineData(Metrics.EpsDiluted, true)]
    [InlineData(Metrics.GAndA, false)]
    [InlineData(Metrics.GAndAChangePct, false)]
    [InlineData(Metrics.GAndAPctOfRevenue, false)]
    [InlineData(Metrics.Cash, true)]
    [InlineData(Metrics.LineOfCreditAvailable, true)]
    [InlineData(Metrics.LineOfCreditOutstanding, false)]
    [InlineData(Metrics.WorkingCapital, true)]
    [InlineData(Metrics.DaysSalesOutstanding, false)]
    [InlineData(Metrics.DaysSalesOutstandingChange, false)]
    [InlineData(Metrics.Procedures, true)]
    [InlineData(Metrics.AccountsReceivableNet, null)]
    [InlineData(Metrics.AccountsReceivableNetChangePct, null)]
    [InlineData(Metrics.NonRecurringEventCount, null)]
    public void A_rise_is_favourable_where_it_is_good_for_the_company_and_neither_where_it_is_not_clear(
        string metric, bool? favourable) =>
        Metrics.IsRiseFavourable(metric).Should().Be(favourable);

    [Theory]
    [InlineData(Metrics.RevenueChange, true)]
    [InlineData(Metrics.GrossMarginChangePp, true)]
    [InlineData(Metrics.ProceduresChangePct, true)]
    [InlineData(Metrics.Revenue, false)]
    [InlineData(Metrics.GrossMarginPct, false)]
    public void A_change_metric_is_known_by_its_change_suffix(string metric, bool isChange) =>
        Metrics.IsChange(metric).Should().Be(isChange);

    [Fact]
    public void Units_are_the_six_codes_the_facts_files_use() =>
        Units.All.Should().BeEquivalentTo(["usd", "usd_per_share", "pct", "pp", "days", "count"]);

    [Fact]
    public void Enum_values_are_spelled_in_lower_snake_case_and_parsed_back()
    {
        WireNames.Of(Basis.Stated).Should().Be("stated");
        WireNames.Of(CheckStatus.Fail).Should().Be("fail");
        WireNames.Parse<Basis>("derived").Should().Be(Basis.Derived);
        FluentActions.Invoking(() => WireNames.Parse<Basis>("Derived")).Should().Throw<InvalidOperationException>();
    }
}
