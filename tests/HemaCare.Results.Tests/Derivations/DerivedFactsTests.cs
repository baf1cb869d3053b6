using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Derivations;

public class DerivedFactsTests
{
    private static readonly Lazy<ImportResult> Import = new(() => FactsImport.Run(RepositoryPaths.Source));

    private static Fact Find(string period, string segment, string program, string metric) =>
        new FactIndex(Import.Value.Facts).Find(period, segment, program, metric)
        ?? throw new Xunit.Sdk.XunitException($"no {metric} for {period} {segment}/{program}");

    [Fact]
    public void Blood_products_revenue_q2_2002_is_q2_2003_revenue_over_the_stated_increase()
    {
        var fact = Find("2002-Q2", "Blood products", "", "revenue");

        fact.Basis.Should().Be(Basis.Derived);
        fact.Value.Should().BeApproximately(4_748_603.35m, 0.01m);
        fact.Formula.Should().Be("revenue(2003-Q2) ÷ (1 + revenue_change_pct(2003-Q2) ÷ 100)");
        fact.Inputs.Should().Equal("q2-revenue-blood-products-2003-q2", "q2-revenue-change-pct-blood-products-2003-q2");
        fact.Low.Should().BeLessThan(fact.Value);
        fact.High.Should().BeGreaterThan(fact.Value);
    }

    [Fact]
    public void Blood_services_revenue_q2_2002_comes_from_the_16_percent_decrease()
    {
        var fact = Find("2002-Q2", "Blood services", "", "revenue");

        fact.Basis.Should().Be(Basis.Derived);
        fact.Value.Should().BeApproximately(1_800_000m / 0.84m, 0.01m);
        fact.Inputs.Should().Equal("q2-revenue-blood-services-2003-q2", "q2-revenue-change-pct-blood-services-2003-q2");
    }

    [Theory]
    [InlineData("Blood services", -915_000, -10.9)]
    [InlineData("Blood products", 586_000, 3)]
    public void Segment_revenue_for_both_years_comes_from_the_stated_dollar_and_percentage_change(string segment, int change, double percent)
    {
        var prior = Find("2002-FY", segment, "", "revenue");
        var current = Find("2003-FY", segment, "", "revenue");

        var expectedPrior = change / ((decimal)percent / 100m);
        prior.Basis.Should().Be(Basis.Derived);
        prior.Value.Should().BeApproximately(expectedPrior, 0.01m);
        prior.Formula.Should().Be("revenue_change(2003-FY) ÷ (revenue_change_pct(2003-FY) ÷ 100)");
        current.Basis.Should().Be(Basis.Derived);
        current.Value.Should().BeApproximately(expectedPrior + change, 0.01m);
        current.Inputs.Should().Equal(prior.Id, Find("2003-FY", segment, "", "revenue_change").Id);
    }

    [Fact]
    public void Net_income_q1_2003_is_the_half_year_less_the_second_quarter()
    {
        var fact = Find("2003-Q1", "", "", "net_income");

        fact.Basis.Should().Be(Basis.Derived);
        fact.Value.Should().Be(8_000m);
        fact.Formula.Should().Be("net_income(2003-H1) − net_income(2003-Q2)");
    }

    [Fact]
    public void Net_income_q3_2003_is_the_year_less_the_half_year_and_the_fourth_quarter()
    {
        var fact = Find("2003-Q3", "", "", "net_income");

        fact.Basis.Should().Be(Basis.Derived);
        fact.Value.Should().Be(-4_679_000m);
        fact.Formula.Should().Be("net_income(2003-FY) − net_income(2003-H1) − net_income(2003-Q4)");
        fact.Inputs.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("2003-Q2", 508_000)]
    [InlineData("2002-Q2", 716_000)]
    public void Blood_services_gross_profit_is_the_company_less_blood_products(string period, int expected)
    {
        var fact = Find(period, "Blood services", "", "gross_profit");

        fact.Basis.Should().Be(Basis.Derived);
        fact.Value.Should().Be(expected);
        fact.Formula.Should().StartWith("company gross_profit(");
    }

    [Fact]
    public void Every_derived_fact_names_a_formula_and_inputs_that_exist()
    {
        var ids = Import.Value.Facts.Select(f => f.Id).ToHashSet();

        Import.Value.Facts.Where(f => f.Basis == Basis.Derived).Should().NotBeEmpty().And.OnlyContain(f =>
            !string.IsNullOrEmpty(f.Formula) && f.Inputs.Count > 0 && f.Inputs.All(ids.Contains) && f.Document == null && f.Low <= f.Value && f.Value <= f.High);
    }
}
