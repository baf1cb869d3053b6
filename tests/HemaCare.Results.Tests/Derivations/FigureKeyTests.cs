using HemaCare.Results.Derivations;
using HemaCare.Results.Facts;

namespace HemaCare.Results.Tests.Derivations;

/// <summary>Derived facts' ids (links depend on them) and the words their formulas are written in.</summary>
public class FigureKeyTests
{
    [Theory]
    [InlineData("2003-FY", "Blood products", "", "revenue_change_pct", "d-revenue-change-pct-blood-products-2003-fy")]
    [InlineData("2002-Q2", "", "", "revenue", "d-revenue-company-2002-q2")]
    [InlineData("2003-H1", "Blood products", "Sherman Oaks donor center", "gross_profit",
        "d-gross-profit-sherman-oaks-donor-center-2003-h1")]
    [InlineData("2002-12-31", "", "", "cash", "d-cash-company-2002-12-31")]
    public void A_derived_id_is_metric_scope_and_period_as_a_slug(
        string period, string segment, string program, string metric, string id) =>
        new FigureKey(period, new ScopeKey(segment, program), metric).DerivedId.Should().Be(id);

    [Theory]
    [InlineData("2003-FY", "Blood services", "", "revenue", "Blood services revenue, FY 2003")]
    [InlineData("2003-Q2", "", "", "revenue_change_pct", "Company revenue change %, Q2 2003")]
    [InlineData("2003-Q2", "", "", "g_and_a_change", "Company G&A change ($), Q2 2003")]
    [InlineData("2002-12-31", "", "", "cash", "Company cash, December 31, 2002")]
    [InlineData("2003-H1", "Blood products", "California mobile", "gross_margin_pct",
        "California mobile gross margin %, H1 2003")]
    public void A_figure_in_words_names_scope_metric_and_period(
        string period, string segment, string program, string metric, string words) =>
        new FigureKey(period, new ScopeKey(segment, program), metric).Words.Should().Be(words);

    [Theory]
    [InlineData("revenue", "revenue")]
    [InlineData("revenue_change", "revenue change ($)")]
    [InlineData("revenue_change_pct", "revenue change %")]
    [InlineData("g_and_a", "general and administrative")]
    [InlineData("g_and_a_pct_of_revenue", "G&A as % of revenue")]
    [InlineData("gross_margin_pct", "gross margin %")]
    [InlineData("gross_margin_change_pp", "gross margin change (points)")]
    [InlineData("net_income", "net income (loss)")]
    [InlineData("eps_basic", "EPS, basic")]
    [InlineData("cash_change", "cash change ($)")]
    [InlineData("procedures", "procedures")]
    [InlineData("ebitda", "ebitda")]
    public void Metric_words_are_lower_case_with_the_unit_where_the_label_lacks_it(string metric, string words) =>
        FigureKey.MetricWords(metric).Should().Be(words);

    [Fact]
    public void The_key_of_a_fact_is_its_period_scope_and_metric()
    {
        var fact = new Fact("x", "2003-Q2", "Blood products", "California mobile", "revenue", 1m, "usd", 0, "",
            Basis.Stated, "doc", "q", null, null, [], 1m, 1m);

        FigureKey.Of(fact).Should().Be(new FigureKey("2003-Q2", new ScopeKey("Blood products", "California mobile"),
            "revenue"));
    }
}
